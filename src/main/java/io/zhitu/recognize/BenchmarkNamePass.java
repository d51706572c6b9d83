package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmarks the gazetteer does not know, named as benchmarks by the words around them: "在HealthBench评测中",
 * "在 MMMU、MathVision 等评测集上", "on 28 benchmarks, including IFEval, Multi-IF and SimpleQA", "the X leaderboard".
 * New ones appear every month; the word for a benchmark is what makes a Latin name one.
 */
final class BenchmarkNamePass implements RecognitionPass {

    private static final String NAME = "[A-Z][A-Za-z0-9]*+(?:[-.][A-Za-z0-9]++)*+(?: (?:[A-Z][A-Za-z0-9]*+|\\d{2,4}))?+";
    private static final String NOTE = "(?:\\s?[(（][^()（）]{0,30}[)）])?+";
    /** One name, then a strong word: HealthBench榜单, X leaderboard; or 在X评测中. */
    private static final Pattern SINGLE = Pattern.compile(
            "(?<![A-Za-z0-9.\\-])(" + NAME + ")\\s?(?:评测集|评测基准|基准测试|榜单|排行榜|测试集|(?<=[A-Za-z0-9] ?)(?:benchmark|leaderboard)(?![A-Za-z]))"
                    + "|(?:在|于)\\s?(" + NAME + ")\\s?(?:评测|测试|基准)(?:中|上|里|当中)");
    /** Names listed before 等 and a word for benchmarks: "在 MMMU、MathVision、AIME 2025 等评测集上". */
    private static final Pattern LIST_ZH = Pattern.compile(
            "((?:" + NAME + NOTE + "\\s?[、,，]\\s?){1,12}+" + NAME + NOTE + ")\\s?等\\s?(?:\\d+\\s?[个项])?\\s?(?:多个|多项|主流|权威)?\\s?(?:评测集|评测基准|评测|基准测试|基准|榜单|测试集|测试)");
    /** Names listed between 在 and a word for tests: "在数学AIME2024、AIME2025测试中", "在Agent智能体 A、B、C 测试中". */
    private static final Pattern LIST_IN = Pattern.compile(
            "(?:在|于)\\s?(?:[A-Za-z]{1,8}\\s?)?[\\u4e00-\\u9fff]{0,6}?\\s?((?:" + NAME + NOTE + "\\s?[、,，]\\s?){1,12}+" + NAME + NOTE + ")\\s?(?:等\\s?)?(?:评测集|测试集|基准测试|评测|测试|基准)(?:中|上|里|当中)");
    /** "benchmarks, including A, B and C", "benchmarks such as A and B". */
    private static final Pattern LIST_EN = Pattern.compile(
            "benchmarks,?\\s(?:including|such\\sas|like)\\s((?:" + NAME + ",\\s){0,12}" + NAME + "(?:,?\\s(?:and|or)\\s" + NAME + ")?)");
    private static final Pattern MEMBER = Pattern.compile("(?<![A-Za-z0-9.\\-])" + NAME + "(?![A-Za-z0-9])");

    @Override
    public String name() {
        return "pattern:benchmark-name";
    }

    @Override
    public void scan(RecognitionState w, Span sentence) {
        if (!w.holdsAny(sentence, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")) return; // every name here opens with a capital
        // SINGLE needs a word for a benchmark or a ranking, LIST_ZH a 等, LIST_IN a 在 or 于, LIST_EN "benchmarks"
        if (w.holdsAny(sentence, "评基榜测") || w.holds(sentence, "benchmark") || w.holds(sentence, "leaderboard")) single(w, sentence);
        if (w.holdsAny(sentence, "等")) list(w, sentence, LIST_ZH);
        if (w.holdsAny(sentence, "在于")) list(w, sentence, LIST_IN);
        if (w.holds(sentence, "benchmarks")) list(w, sentence, LIST_EN);
    }

    private void single(RecognitionState w, Span sentence) {
        Matcher m = SINGLE.matcher(w.s);
        m.region(sentence.start(), sentence.end());
        m.useTransparentBounds(true);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            add(w, m.start(g), m.end(g));
        }
    }

    private void list(RecognitionState w, Span sentence, Pattern p) {
        Matcher l = p.matcher(w.s);
        l.region(sentence.start(), sentence.end());
        l.useTransparentBounds(true);
        while (l.find()) {
            Matcher each = MEMBER.matcher(w.s);
            each.region(l.start(1), l.end(1));
            while (each.find()) {
                String name = each.group();
                if (name.equals("and") || name.equals("or")) continue;
                add(w, each.start(), each.end());
            }
        }
    }

    private void add(RecognitionState w, int a, int b) {
        String name = w.s.substring(a, b);
        if (name.length() < 3 || name.matches("\\d+") || !w.free(a, b)) return;
        Entity known = w.known(name, EntityKind.BENCHMARK);
        if (known == null) {
            List<String> ids = w.gazetteer.lookup(name);
            if (!ids.isEmpty()) return; // a model, an organisation …: not this
        }
        Entity e = known != null ? known : w.mint(EntityKind.BENCHMARK, Slugs.latin(name), name, a, b);
        w.add(new Found(a, b, e.id(), name()), e);
    }
}
