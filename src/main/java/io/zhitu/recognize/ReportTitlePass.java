package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports by their title: 《title》 in a sentence with a report cue (报告, 简报 …), or an English
 * 'report titled "…"'. It runs before the gazetteer: a title is one name, whatever it names inside.
 */
final class ReportTitlePass implements RecognitionPass {

    private static final Pattern REPORT_TITLE = Pattern.compile("《([^《》\\n]{2,120})》");
    private static final Pattern REPORT_TITLE_EN = Pattern.compile(
            "(?i:report|brief|paper|study)\\s+(?:titled|entitled|called)\\s+[\"“]([^\"”\\n]{5,150})[\"”]");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final GazetteerPass names;

    ReportTitlePass(Gazetteer gazetteer, Lexicon lexicon, GazetteerPass names) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.names = names;
    }

    @Override
    public String name() {
        return "pattern:report-title";
    }

    @Override
    public void scan(RecognitionState w, Span sentence) {
        String sent = w.s.substring(sentence.start(), sentence.end());
        boolean cue = false;
        for (String c : lexicon.get("report-cue")) if (sent.contains(c)) cue = true;
        if (cue) {
            Matcher m = REPORT_TITLE.matcher(w.s);
            m.region(sentence.start(), sentence.end());
            while (m.find()) add(w, m.start(1), m.end(1));
        }
        Matcher e = REPORT_TITLE_EN.matcher(w.s);
        e.region(sentence.start(), sentence.end());
        while (e.find()) add(w, e.start(1), e.end(1));
    }

    private void add(RecognitionState w, int a, int b) {
        if (!w.free(a, b) || namesAThing(w, a, b)) return;
        String title = w.s.substring(a, b);
        boolean han = TextKeys.hasHan(title);
        Entity e = w.mint(EntityKind.REPORT, "r" + Slugs.hash(title).substring(1), han ? null : title, a, b);
        // the mention covers the title only; mentions inside it (DeepSeek in 超越DeepSeek) are not separate things
        w.add(new Found(a, b, e.id(), name()), e);
    }

    /**
     * Whether a bracketed title is just the name of a thing other than a report: 《Qwen3》, 《通义千问》,
     * 《Qwen3-235B-A22B》, 《GLM-5.7》. Those are left to the gazetteer and the model patterns.
     */
    private boolean namesAThing(RecognitionState w, int a, int b) {
        String title = w.s.substring(a, b).strip();
        if (title.isEmpty()) return false;
        for (String id : gazetteer.lookup(title)) if (gazetteer.get(id).kind() != EntityKind.REPORT) return true;
        if (LatinModelPass.LATIN_MODEL.matcher(title).matches() && title.chars().anyMatch(Character::isDigit)
                && title.chars().anyMatch(Character::isLetter)) return true;
        return names.modelSpans(w, a, b);
    }
}
