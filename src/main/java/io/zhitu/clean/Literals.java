package io.zhitu.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words of a regex that the regex cannot match without, found in one pass over a line: most lines hold none, and
 * then the regex (an alternation tried at every position) need not run. Matching ignores case, as widely as
 * {@code (?i)} does or wider, so a line it turns away is one the regex would have turned away too.
 */
final class Literals {
    /** Which chars open a word, lower-cased; a bit per char. */
    private final long[] first = new long[1024];
    private final Map<Character, String[]> byFirst = new HashMap<>();

    Literals(String... words) {
        Map<Character, List<String>> m = new HashMap<>();
        for (String w : words) {
            char c = Character.toLowerCase(w.charAt(0));
            first[c >>> 6] |= 1L << c;
            m.computeIfAbsent(c, k -> new ArrayList<>()).add(w);
        }
        m.forEach((c, l) -> byFirst.put(c, l.toArray(new String[0])));
    }

    /** Whether some word stands in the line (ignoring case). */
    boolean anyIn(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            c = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
            if ((first[c >>> 6] & (1L << c)) == 0) continue;
            for (String w : byFirst.get(c)) if (s.regionMatches(true, i, w, 0, w.length())) return true;
        }
        return false;
    }
}
