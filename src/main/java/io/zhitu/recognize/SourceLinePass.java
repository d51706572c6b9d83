package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The outlet a source line names: "来源:X", "Source: X"; not a picture's credit ("图片来源:X"). */
final class SourceLinePass implements RecognitionPass {

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
            Entity e = ids.isEmpty() ? w.mint(EntityKind.ORG, han ? Slugs.chinese(name) : Slugs.latin(name), han ? null : name, a, b)
                    : w.gazetteer.get(ids.get(0));
            w.add(new Found(a, b, e.id(), name()), e);
        }
    }
}
