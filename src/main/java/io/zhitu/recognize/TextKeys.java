package io.zhitu.recognize;

import io.zhitu.core.Scripts;
import com.hankcs.hanlp.HanLP;

/** The one folding that names and text share before they are compared. */
public final class TextKeys {
    private TextKeys() {}

    /** Simplified script, ASCII for full-width forms, lower case; same length as the simplified form. */
    public static String key(String name) {
        String s = HanLP.convertToSimplifiedChinese(name);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) b.append(lower(s.charAt(i)));
        return b.toString();
    }

    /** Lower-cases one char without changing the length of the text. */
    public static char lower(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
        if (c == '\u3000' || c == '\u00A0') return ' ';
        char l = Character.toLowerCase(c);
        return Character.charCount(l) == 1 ? l : c;
    }

    public static boolean isLatinOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    public static boolean isHan(int c) {
        return Scripts.isHan(c);
    }

    /** Whether every character is a Chinese one (and there is at least one). */
    public static boolean allHan(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(TextKeys::isHan);
    }

    public static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Scripts.isHan(s.charAt(i))) return true;
        }
        return false;
    }
}
