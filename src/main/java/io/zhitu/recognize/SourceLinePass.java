package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet a source line names: "来源:X", "Source: X"; not a picture's credit ("图片来源:X"). Portals that
 * repost a writer's piece put the writer there ("来源:李四"): a surname and one or two characters with no
 * outlet's ending is that person.
 */
final class SourceLinePass implements RecognitionPass {

    private final Lexicon lexicon;
    private final PersonCues cues;

    SourceLinePass(Lexicon lexicon, PersonCues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    private static final Pattern SOURCE_LINE = Pattern.compile("(?:来源|出处|Source)\\s*:\\s*([^\\s,;()|]{2,20})");
    /** A picture's or a video's credit, not the article's source. */
    private static final Pattern CREDIT_BEFORE = Pattern.compile("(?:图片|圖片|截图|截圖|照片|图|圖|视频|視頻|Image |Photo )$");

    @Override
    public String name() {
        return "pattern:source-line";
    }

    @Override
    public void scan(RecognitionState w, Span sentence) {
        Matcher m = SOURCE_LINE.matcher(w.s);
        m.region(sentence.start(), sentence.end());
        while (m.find()) {
            int a = m.start(1), b = m.end(1);
            if (!w.free(a, b) || CREDIT_BEFORE.matcher(w.s.substring(Math.max(0, m.start() - 6), m.start())).find()) continue;
            String name = m.group(1);
            List<String> ids = w.gazetteer.lookup(name);
            boolean han = TextKeys.hasHan(name);
            if (ids.isEmpty() && personName(name)) {
                Entity p = w.person(name, Slugs.personPinyin(name), null, a, b);
                w.add(new Found(a, b, p.id(), name()), p);
                continue;
            }
            Entity e = ids.isEmpty() ? w.mint(EntityKind.ORG, han ? Slugs.chinese(name) : Slugs.latin(name), han ? null : name, a, b)
                    : w.gazetteer.get(ids.get(0));
            w.add(new Found(a, b, e.id(), name()), e);
        }
    }

    /** A surname and one or two Chinese characters, ending in no outlet's or organisation's word. */
    private boolean personName(String name) {
        if (!TextKeys.allHan(name) || !cues.isChinesePersonName(name, "nr")) return false;
        return lexicon.suffixOf("media-suffix", name) == null && lexicon.suffixOf("org-suffix", name) == null;
    }
}
