package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports by their title: 《title》 in a sentence with a report cue (报告, 简报 …), or an English
 * 'report titled "…"' or 'report released last week, "…"'. It runs before the gazetteer: a title is one name, whatever it names inside. A name in 《》
 * that the text cites as its source (据《WIRED》报导) is the outlet, an organisation.
 */
final class ReportTitlePass implements RecognitionPass {

    private static final Pattern REPORT_TITLE = Pattern.compile("《([^《》\\n]{2,120})》");
    private static final Pattern REPORT_TITLE_EN = Pattern.compile(
            "(?i:report|brief|paper|study)\\s+(?:(?:titled|entitled|called)\\s+|(?:released|published|issued)\\s(?:last\\s\\w+|this\\s\\w+|on\\s\\w+(?:\\s\\d{1,2})?|in\\s\\w+)?,\\s)[\"“]([^\"”\\n]{5,150})[\"”]");

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
        Matcher m = REPORT_TITLE.matcher(w.s);
        m.region(sentence.start(), sentence.end());
        m.useTransparentBounds(true);
        while (m.find()) {
            if (citedOutlet(w, sentence, m)) addOutlet(w, m.start(1), m.end(1));
            else if (cue) add(w, m.start(1), m.end(1));
        }
        Matcher e = REPORT_TITLE_EN.matcher(w.s);
        e.region(sentence.start(), sentence.end());
        while (e.find()) add(w, e.start(1), e.end(1));
    }

    /** 据《WIRED》报导, 根据《金融时报》消息: the bracketed name is the outlet cited, not a report. */
    private static final Pattern CITED_BEFORE = Pattern.compile("(?:据|根据|援引|引述|引用)\\s?$");
    private static final Pattern CITED_AFTER = Pattern.compile("^\\s?(?:的)?(?:报道|报导|消息|指出|称|披露|引述|援引|独家)");

    private static boolean citedOutlet(RecognitionState w, Span sentence, Matcher m) {
        String before = w.s.substring(Math.max(0, m.start() - 4), m.start());
        String after = w.s.substring(m.end(), Math.min(w.s.length(), m.end() + 4));
        String name = m.group(1);
        boolean opens = w.s.substring(sentence.start(), m.start()).isBlank(); // 《智谷趋势》报导,…
        return name.length() <= 16 && (opens || CITED_BEFORE.matcher(before).find()) && CITED_AFTER.matcher(after).find();
    }

    private void addOutlet(RecognitionState w, int a, int b) {
        if (!w.free(a, b) || !gazetteer.lookup(w.s.substring(a, b)).isEmpty()) return; // the gazetteer's pass reads a known one
        String name = w.s.substring(a, b).strip();
        boolean han = TextKeys.hasHan(name);
        Entity e = w.mint(EntityKind.ORG, han ? Slugs.chinese(name) : Slugs.latin(name), han ? null : name, a, b);
        w.add(new Found(a, b, e.id(), name()), e);
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
