package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet and the reporter of a Chinese byline, which HanLP reads poorly because they are glued together:
 * "【明报专讯】", "经济日报/ 记者张三/综合报导", "钜亨网编译李四 2026-01-08", "【文/观察者网 王五】".
 * The outlet's name must end like an outlet (网, 日报, 新闻 …) and the reporter's must start with a surname.
 */
final class BylineNamePass implements RecognitionPass {

    private static final String HAN = "\\p{IsHan}";
    /** 【明报专讯】, 【本报讯】 excluded by the outlet check. */
    private static final Pattern BRACKET_OUTLET = Pattern.compile("【(" + HAN + "{2,8}?)(?:\\d{1,2}日)?(?:专讯|讯|报道|报导)】|《(" + HAN + "{2,8}?)\\d{1,2}日(?:专讯|讯)》");
    /** outlet / 记者 name, outlet 编译 name, outlet 记者 name: at the start of a line. */
    private static final Pattern OUTLET_REPORTER = Pattern.compile(
            "^\\s*(" + HAN + "{2,8}?)\\s?/?\\s?(?:记者|编译|特派记者|特约记者|综合外电|撰文)\\s?(" + HAN + "{2,4}?)(?=\\s|/|$|\\d|,|】|\\))");
    /** 文/outlet name, 作者: outlet name. */
    private static final Pattern SLASH_OUTLET_REPORTER = Pattern.compile(
            "(?:文|作者|撰文)\\s?[/:|丨]\\s?(" + HAN + "{2,8})\\s(" + HAN + "{2,4}?)(?=\\s|】|\\)|$|,)");
    /** The editor or reporter in brackets after a dateline: "(编辑 赵六)", "（记者：张三）". */
    private static final Pattern BRACKET_PERSON = Pattern.compile(
            "[(（]\\s?(?:编辑|记者|作者|撰文|文)\\s?[:：/]?\\s?(" + HAN + "{2,4}?)\\s?[)）]");
    /** A byline line of its own: "作者 | 孙七", "文|周八", "编辑 | 漠影", or several roles on one: "撰文 | 孙七 编辑 | 周八". */
    private static final Pattern LABELLED_PERSON = Pattern.compile(
            "(?:^|\\s)\\s*(?:作者|文|撰文|记者|编辑|责编)\\s*[|丨:/]\\s*(" + HAN + "{2,4})\\s*(?=$|(?:作者|文|撰文|记者|编辑|责编|来源|发布时间)\\s*[|丨:/])");
    /** Reporters listed before the place of the report: "记者张三、李四/台北报导", "〔編譯王五／台北報導〕". */
    private static final Pattern REPORTERS_PLACE = Pattern.compile(
            "(?:^|\\s|〔|【|\\[)(?:本报|本台|特约)?(?:记者|编译)\\s?((?:" + HAN + "{2,4}、\\s?){0,3}" + HAN + "{2,4})\\s?/\\s?" + HAN + "{0,6}?(?:报导|报道)");
    /** An outlet opening the text with the day of its news: "IT之家 4 月 29 日消息", "机器之心报道" on a line of its own. */
    private static final Pattern OUTLET_DATELINE = Pattern.compile(
            "^\\s*([\\p{IsHan}A-Za-z0-9]{2,10}?)\\s?(?:\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日\\s?(?:消息|讯|电|报道)|(?:报道|报导)\\s*$)");

    private final Lexicon lexicon;

    BylineNamePass(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "pattern:byline-name";
    }

    @Override
    public void scan(RecognitionState w, Span sentence) {
        // most sentences hold none of the brackets, bars and slashes of a byline: each pattern is run only where what it needs stands
        Matcher m = BRACKET_OUTLET.matcher(w.s);
        m.region(sentence.start(), sentence.end());
        boolean brackets = w.holdsAny(sentence, "【《");
        while (brackets && m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            outlet(w, m.start(g), m.end(g));
        }
        Matcher bp = BRACKET_PERSON.matcher(w.s);
        bp.region(sentence.start(), sentence.end());
        boolean parens = w.holdsAny(sentence, "(（");
        while (parens && bp.find()) person(w, bp.start(1), bp.end(1));
        Matcher lp = LABELLED_PERSON.matcher(w.s);
        lp.region(sentence.start(), sentence.end());
        lp.useAnchoringBounds(true);
        boolean labels = w.holdsAny(sentence, "|丨:/");
        while (labels && lp.find()) {
            if (lp.start() > sentence.start() && !lineOfLabels(w, sentence.start(), lp.start())) break;
            person(w, lp.start(1), lp.end(1));
        }
        Matcher rp = REPORTERS_PLACE.matcher(w.s);
        rp.region(sentence.start(), sentence.end());
        boolean slash = w.holdsAny(sentence, "/");
        while (slash && rp.find()) {
            int k = rp.start(1);
            for (String name : rp.group(1).split("、")) {
                int a = w.s.indexOf(name.strip(), k);
                person(w, a, a + name.strip().length());
                k = a + name.strip().length();
            }
        }
        Matcher d = OUTLET_DATELINE.matcher(w.s);
        d.region(sentence.start(), sentence.end());
        if (d.lookingAt()) named(w, d.start(1), d.end(1));
        for (Pattern p : new Pattern[] {OUTLET_REPORTER, SLASH_OUTLET_REPORTER}) {
            Matcher r = p.matcher(w.s);
            r.region(sentence.start(), sentence.end());
            r.useAnchoringBounds(true);
            while (r.find()) {
                if (!outlet(w, r.start(1), r.end(1))) continue;
                person(w, r.start(2), r.end(2));
            }
        }
    }

    /** Adds the outlet when its name ends like one (网, 日报 …) and the span is free, or is already the gazetteer's; true if it names one. */
    private boolean outlet(RecognitionState w, int a, int b) {
        for (Found f : w.startingIn(a, a + 1)) if (f.end() == b && !f.nested()) return true; // the gazetteer's outlet
        return lexicon.suffixOf("media-suffix", w.s.substring(a, b)) != null && named(w, a, b);
    }

    /** Adds an outlet the byline's form vouches for, whatever its name ends with ("IT之家"); true if it names one. */
    private boolean named(RecognitionState w, int a, int b) {
        for (Found f : w.startingIn(a, a + 1)) if (f.end() == b && !f.nested()) return true; // the gazetteer's outlet
        if (!w.free(a, b)) return false;
        String name = w.s.substring(a, b);
        if (name.startsWith("本") || name.matches("[0-9]+")) return false; // 本报: this paper, named nowhere
        boolean han = TextKeys.hasHan(name);
        Entity e = w.mint(EntityKind.ORG, han ? Slugs.chinese(name) : Slugs.latin(name), han ? null : name, a, b);
        w.add(new Found(a, b, e.id(), name()), e);
        return true;
    }

    private void person(RecognitionState w, int a, int b) {
        if (!w.free(a, b)) return;
        String name = w.s.substring(a, b);
        String sn = lexicon.prefixAt("surname", name, 0);
        if (sn == null || name.length() - sn.length() < 1 || name.length() - sn.length() > 2) return;
        Entity e = w.person(name, Slugs.personPinyin(name), null, a, b);
        w.add(new Found(a, b, e.id(), name()), e);
    }

    /** Whether the line before {@code pos} holds only byline labels and names: "撰文 | 孙七" before "编辑 | 周八". */
    private static boolean lineOfLabels(RecognitionState w, int from, int pos) {
        return w.s.substring(from, pos).matches("\\s*(?:(?:作者|文|撰文|记者|编辑|责编)\\s*[|丨:/]\\s*\\p{IsHan}{2,4}\\s*)+");
    }
}
