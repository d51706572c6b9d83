package io.zhitu.relate;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * {@link Matcher#find()} over a region for a regex whose matches can only start at chars a cheap test picks (a
 * digit after a non-digit for amounts and dates): the regex is tried there alone, anchored, instead of at every
 * char of the sentence. The matches are the same, in the same order, since find takes the leftmost match and an
 * anchored try at its start gives the same one; lookbehind and lookahead see past the region, as they do with
 * transparent bounds.
 */
final class AnchoredFind {
    private final Matcher m;
    private final int end;
    private final IntPredicate canStart;
    private int from;

    AnchoredFind(Matcher m, int start, int end, IntPredicate canStart) {
        this.m = m.useTransparentBounds(true).useAnchoringBounds(false);
        this.from = start;
        this.end = end;
        this.canStart = canStart;
    }

    /** The next match, left in the matcher; false when there is none. */
    boolean find() {
        for (int k = from; k < end; k++) {
            if (!canStart.test(k)) continue;
            m.region(k, end);
            if (m.lookingAt()) {
                from = m.end() > k ? m.end() : k + 1;
                return true;
            }
        }
        from = end;
        return false;
    }

    /** Where a run of ASCII digits starts: the only place an amount or a date in digits can. */
    static boolean digitRunStart(CharSequence s, int k) {
        return isDigit(s.charAt(k)) && (k == 0 || !isDigit(s.charAt(k - 1)));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
