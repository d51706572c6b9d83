package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.Span;

/**
 * A name HanLP's recogniser misses (rare characters: 陈缊侬) between a job title and a speech verb:
 * "教授陈缊侬指出". Both cues are required: a surname and one or two characters alone are not a name.
 */
final class TitledNamePass implements RecognitionPass {

    private final Lexicon lexicon;

    TitledNamePass(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "pattern:titled-name";
    }

    @Override
    public void scan(RecognitionState w, Span sentence) {
        for (int i = sentence.start(); i < sentence.end(); i++) {
            String title = lexicon.prefixAt("job-title", w.s, i);
            if (title == null) continue;
            int te = i + title.length();
            String sn = lexicon.prefixAt("surname", w.s, te);
            if (sn == null) continue;
            for (int g = 2; g >= 1; g--) {
                int end = te + sn.length() + g;
                if (end > sentence.end() || !w.free(te, end)) continue;
                String name = w.s.substring(te, end);
                if (!name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) continue;
                String after = w.s.substring(end, Math.min(sentence.end(), end + 2));
                if (PersonCues.SPEECH.stream().noneMatch(after::startsWith)) continue;
                Entity e = w.person(name, Slugs.personPinyin(name), null, te, end);
                w.add(new Found(te, end, e.id(), name()), e);
                break;
            }
        }
    }
}
