package io.zhitu.core;

/**
 * The one test of "a Chinese character" that every stage runs on every char of a page: Character.UnicodeScript.of
 * searches a table of ranges, so the common cases (Latin and punctuation below the first CJK block, the basic
 * CJK block) are answered first and only the rest asks the table.
 */
public final class Scripts {
    private Scripts() {}

    /** Whether the code point is of the Han script (exactly as {@link Character.UnicodeScript#of} says). */
    public static boolean isHan(int c) {
        if (c < 0x2E80) return false; // no Han char comes before the CJK radicals
        if (c >= 0x4E00 && c <= 0x9FEF) return true; // CJK Unified Ideographs, all assigned
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
