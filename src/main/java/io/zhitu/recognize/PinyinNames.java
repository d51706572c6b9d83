package io.zhitu.recognize;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Chinese names written in pinyin, as English news writes them: a surname of the lexicon's list in pinyin and a given
 * name made of one to three pinyin syllables (Zhang Zhengyou, Luo Jianlan, or Western order: Zhengyou Zhang). The
 * shape alone is weak (Hong Kong has it too): the caller asks for the surname standing alone elsewhere in the text.
 */
final class PinyinNames {

    /** Surnames that are also English words: standing alone they say nothing. */
    private static final Set<String> ENGLISH_WORD = Set.of("He", "Sun", "Long", "Fan", "Man", "Tan", "Pan", "Ban", "Bi",
            "Mo", "An", "Bo", "Di", "Lang", "Ding", "Hang", "Gang", "Bao", "Ma");

    private final Lexicon lexicon;
    private volatile Tables tables;

    /** The surnames in pinyin and the syllables, built on first use: HanLP's pinyin table costs a start that has no Latin name. */
    private record Tables(Set<String> surnames, Set<String> syllables) {}

    PinyinNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    private Tables tables() {
        Tables t = tables;
        if (t == null) {
            synchronized (this) {
                if (tables == null) tables = build(lexicon);
                t = tables;
            }
        }
        return t;
    }

    private static Tables build(Lexicon lexicon) {
        Set<String> surnames = new HashSet<>(), syllables = new HashSet<>();
        for (Pinyin p : Pinyin.values()) {
            String s = p.getPinyinWithoutTone();
            if (s.matches("[a-z]+") && !s.equals("none")) syllables.add(s);
        }
        for (String sn : lexicon.get("surname")) {
            if (sn.length() != 1) continue;
            var py = HanLP.convertToPinyinList(sn);
            if (py.isEmpty()) continue;
            String s = py.get(0).getPinyinWithoutTone();
            if (syllables.contains(s)) surnames.add(Character.toUpperCase(s.charAt(0)) + s.substring(1));
        }
        return new Tables(Set.copyOf(surnames), Set.copyOf(syllables));
    }

    /** The surname of a two-word pinyin name in either order, else null. */
    String surnameOf(String name) {
        String[] w = name.split(" ");
        if (w.length != 2) return null;
        Set<String> surnames = tables().surnames();
        if (surnames.contains(w[0]) && isGiven(w[1])) return w[0];
        if (surnames.contains(w[1]) && isGiven(w[0]) && syllableCount(w[0].toLowerCase(Locale.ROOT).replace("-", "")) >= 2) return w[1];
        return null;
    }

    /** Whether a surname may confirm a name by standing alone: not an English word as well. */
    static boolean meaningfulAlone(String surname) {
        return !ENGLISH_WORD.contains(surname);
    }

    private boolean isGiven(String word) {
        if (!word.matches("[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?")) return false;
        int n = syllableCount(word.toLowerCase(Locale.ROOT).replace("-", ""));
        return n >= 1 && n <= 3;
    }

    /** The fewest pinyin syllables the word splits into, or -1. */
    private int syllableCount(String s) {
        Set<String> syllables = tables().syllables();
        int[] best = new int[s.length() + 1];
        java.util.Arrays.fill(best, -1);
        best[0] = 0;
        for (int i = 1; i <= s.length(); i++) {
            for (int k = Math.max(0, i - 6); k < i; k++) {
                if (best[k] >= 0 && syllables.contains(s.substring(k, i)) && (best[i] < 0 || best[k] + 1 < best[i])) best[i] = best[k] + 1;
            }
        }
        return best[s.length()];
    }
}
