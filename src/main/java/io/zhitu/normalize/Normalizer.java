package io.zhitu.normalize;

import io.zhitu.core.Scripts;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.dictionary.ts.TraditionalChineseDictionary;
import io.zhitu.core.Article;
import io.zhitu.core.Block;
import io.zhitu.core.Sentence;
import io.zhitu.core.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Converts the whole original text once, keeping for each converted char the original range it
 * came from. HanLP's own converter does not report where its phrase replacements happened, so the
 * longest-match walk over its dictionary is repeated here with offsets.
 */
public final class Normalizer {

    private final SentenceSplitter splitter = new SentenceSplitter();

    public NormalizedText normalize(Article article) {
        String text = article.doc().text();
        char[] chars = text.toCharArray();
        String[] replacement = new String[chars.length];
        int[] replacedLength = new int[chars.length];
        AhoCorasickDoubleArrayTrie<String> trie = TraditionalChineseDictionary.trie;
        if (trie == null) TraditionalChineseDictionary.convertToSimplifiedChinese("國"); // loads the dictionary
        TraditionalChineseDictionary.trie.parseText(chars, (AhoCorasickDoubleArrayTrie.IHit<String>) (begin, end, value) -> {
            if (end - begin > replacedLength[begin]) {
                replacement[begin] = value;
                replacedLength[begin] = end - begin;
            }
        });
        StringBuilder out = new StringBuilder(chars.length);
        int[] start = new int[chars.length + 16];
        int[] stop = new int[chars.length + 16];
        int changed = 0, han = 0;
        for (int i = 0; i < chars.length; ) {
            if (isHan(chars[i])) han++;
            if (replacement[i] != null && !replacement[i].equals(text.substring(i, i + replacedLength[i]))) {
                String r = replacement[i];
                int len = replacedLength[i];
                for (int k = 0; k < r.length(); k++) {
                    start = grow(start, out.length());
                    stop = grow(stop, out.length());
                    start[out.length()] = i;
                    stop[out.length()] = i + len;
                    out.append(r.charAt(k));
                }
                changed += len;
                if (len > 1) for (int k = i + 1; k < i + len; k++) if (isHan(chars[k])) han++;
                i += len;
            } else if (spacedHyphen(chars, i)) {
                // "Qwen3 - 235B - A22B", "GLM - 4.5 - Air": one name that a site typesets with spaced hyphens
                start = grow(start, out.length());
                stop = grow(stop, out.length());
                start[out.length()] = i;
                stop[out.length()] = i + 3;
                out.append('-');
                i += 3;
            } else {
                start = grow(start, out.length());
                stop = grow(stop, out.length());
                start[out.length()] = i;
                stop[out.length()] = i + 1;
                out.append(fold(chars[i]));
                i++;
            }
        }
        String simplified = out.toString();
        int n = simplified.length();
        int[] s = java.util.Arrays.copyOf(start, n);
        int[] e = java.util.Arrays.copyOf(stop, n);
        String lang = language(article, han, changed);

        // sentences of the body blocks, found on the simplified text and mapped back
        List<Sentence> sentences = new ArrayList<>();
        List<Span> simpleSpans = new ArrayList<>();
        int[] simpleOf = simplifiedIndex(s, text.length(), n);
        List<Block> body = article.body();
        for (int b = 0; b < body.size(); b++) {
            Span orig = body.get(b).span();
            int ss = simpleOf[orig.start()], se = simpleOf[orig.end()];
            for (Span part : splitter.split(simplified, ss, se)) {
                Span o = new Span(s[part.start()], e[part.end() - 1]);
                sentences.add(new Sentence(sentences.size(), o, b));
                simpleSpans.add(part);
            }
        }
        return new NormalizedText(article, simplified, s, e, lang, List.copyOf(sentences), List.copyOf(simpleSpans));
    }

    /**
     * Whether " - " at {@code i} joins the parts of one name: a Latin word or number before, a capital or a digit
     * after, and a digit on one side ("GLM - 4.5", "4.5 - Air"). A dash between words of prose has none of these.
     */
    private static boolean spacedHyphen(char[] c, int i) {
        if (i == 0 || i + 3 >= c.length || c[i] != ' ' || c[i + 1] != '-' || c[i + 2] != ' ') return false;
        char next = c[i + 3];
        if (!(Character.isDigit(next) || next >= 'A' && next <= 'Z')) return false;
        int k = i;
        boolean digit = false;
        while (k > 0 && (isAsciiLetterOrDigit(c[k - 1]) || c[k - 1] == '.')) {
            if (Character.isDigit(c[k - 1])) digit = true;
            k--;
        }
        if (k == i || c[i - 1] == '.') return false;
        return digit || Character.isDigit(next);
    }

    private static boolean isAsciiLetterOrDigit(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9';
    }

    /** For each original offset (and the end), the first simplified offset at or after it. */
    private static int[] simplifiedIndex(int[] start, int originalLength, int n) {
        int[] idx = new int[originalLength + 1];
        java.util.Arrays.fill(idx, -1);
        for (int j = n - 1; j >= 0; j--) idx[start[j]] = j;
        idx[originalLength] = n;
        for (int i = originalLength - 1; i >= 0; i--) if (idx[i] < 0) idx[i] = idx[i + 1];
        return idx;
    }

    private static String language(Article a, int han, int changed) {
        int latin = 0;
        String text = a.doc().text();
        for (Block b : a.body()) {
            for (int i = b.span().start(); i < b.span().end(); i++) {
                char c = text.charAt(i);
                if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) latin++;
            }
        }
        int bodyHan = 0;
        for (Block b : a.body()) {
            for (int i = b.span().start(); i < b.span().end(); i++) if (isHan(text.charAt(i))) bodyHan++;
        }
        if (bodyHan * 3 < latin) return "en";
        return changed * 50 > Math.max(1, han) ? "zh-Hant" : "zh-Hans";
    }

    static boolean isHan(char c) {
        return Scripts.isHan(c);
    }

    /**
     * Full-width ASCII forms and odd spaces to ASCII, every dot that joins a transliterated name (马克・扎克伯格,
     * 馬克‧祖克柏) to "·": one char for one, so offsets stay.
     */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') return (char) (c - 0xFEE0);
        if (c == '\u30FB' || c == '\uFF65' || c == '\u2027' || c == '\u2022' || c == '\u0387') return '\u00B7';
        if (c == '\u3000' || c == '\u00A0') return ' ';
        return c;
    }

    private static int[] grow(int[] a, int index) {
        return index < a.length ? a : java.util.Arrays.copyOf(a, a.length * 2 + 16);
    }
}
