package io.zhitu.normalize;

import io.zhitu.core.Scripts;
import io.zhitu.core.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a block into sentences: at 。！？ and their ASCII forms, and at an English full stop that
 * is followed by a space and a capital, unless it ends an initial ("D.") or a common abbreviation, or that is glued
 * to the capitalised word of the next paragraph.
 * Closing quotes and brackets stay with the sentence they close.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "inc", "ltd", "co", "corp", "st", "vs", "no", "jr", "sr",
            "e.g", "i.e", "u.s", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "fig", "al", "etc");

    /** Sentences of {@code text[from, to)}, trimmed, none empty. */
    public List<Span> split(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean end = false;
            if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n') {
                end = true;
            } else if (c == '.' && isEnglishStop(text, i, from, to)) {
                end = true;
            }
            if (end) {
                int j = i + 1;
                while (j < to && isCloser(text.charAt(j))) j++;
                add(out, text, start, j);
                start = j;
                i = j - 1;
            }
        }
        add(out, text, start, to);
        return out;
    }

    private static boolean isEnglishStop(String t, int i, int from, int to) {
        if (i + 1 < to && !Character.isWhitespace(t.charAt(i + 1)) && !isCloser(t.charAt(i + 1))) return gluedStop(t, i, from, to);
        int j = i + 1;
        while (j < to && (Character.isWhitespace(t.charAt(j)) || isCloser(t.charAt(j)))) j++;
        if (j < to && !Character.isUpperCase(t.charAt(j)) && !Character.isDigit(t.charAt(j))
                && !Scripts.isHan(t.charAt(j))) return false;
        int k = i;
        while (k > from && (Character.isLetter(t.charAt(k - 1)) || t.charAt(k - 1) == '.')) k--;
        String word = t.substring(k, i).toLowerCase();
        if (word.length() == 1 && Character.isUpperCase(t.charAt(k))) return false; // an initial: "D. Manning"
        return !ABBREVIATIONS.contains(word);
    }

    /**
     * A stop with no space after it, where a scraper joined two paragraphs: "earlier this summer.Meta, the parent".
     * Only a lower-case word of three letters or more before and a capitalised word after, so that "U.S.", "Node.js"
     * and "example.com" stay whole.
     */
    private static boolean gluedStop(String t, int i, int from, int to) {
        if (i + 2 >= to || !Character.isUpperCase(t.charAt(i + 1)) || !Character.isLowerCase(t.charAt(i + 2))) return false;
        int k = i;
        while (k > from && t.charAt(k - 1) >= 'a' && t.charAt(k - 1) <= 'z') k--;
        if (i - k < 3 || (k > from && (Character.isLetterOrDigit(t.charAt(k - 1)) || t.charAt(k - 1) == '.'))) return false;
        return !ABBREVIATIONS.contains(t.substring(k, i));
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == ')' || c == '）' || c == '"' || c == '\'' || c == '》';
    }

    private static void add(List<Span> out, String t, int s, int e) {
        while (s < e && Character.isWhitespace(t.charAt(s))) s++;
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) e--;
        if (e > s) out.add(new Span(s, e));
    }
}
