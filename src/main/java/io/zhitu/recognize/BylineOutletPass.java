package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

/** The outlet named between a person and a reporter's title in a byline: "李文,示例科技网记者". */
final class BylineOutletPass implements RecognitionPass {

    private final Lexicon lexicon;

    BylineOutletPass(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "pattern:byline-outlet";
    }

    @Override
    public void scan(RecognitionState w, Span sentence) {
        for (Found f : w.startingIn(sentence.start(), sentence.end())) {
            if (f.end() > sentence.end() || f.end() >= w.s.length()) continue;
            Entity p = w.entities.get(f.entityId());
            if (p == null || p.kind() != EntityKind.PERSON) continue;
            char sep = w.s.charAt(f.end());
            if (sep != ',' && sep != '、') continue;
            int a = f.end() + 1;
            for (int b = a + 2; b <= Math.min(sentence.end(), a + 14); b++) {
                String title = lexicon.prefixAt("job-title", w.s, b);
                if (title == null || !w.free(a, b)) continue;
                String name = w.s.substring(a, b);
                if (lexicon.suffixOf("media-suffix", name) != null && !name.contains(",")) {
                    Entity e = w.mint(EntityKind.ORG, Slugs.chinese(name), null, a, b);
                    w.add(new Found(a, b, e.id(), name()), e);
                }
                break;
            }
        }
    }
}
