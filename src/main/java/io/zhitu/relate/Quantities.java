package io.zhitu.relate;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parameter counts as news write them (235B, 2350亿, 4,000亿, 671 billion, 1万亿, 2兆, 5.1B) to exact integers; 兆 is 10^12, as Taiwan and Hong Kong write trillions. */
public final class Quantities {
    private Quantities() {}

    /** A count with its unit; group 1 the number, group 2 the unit. */
    public static final Pattern AMOUNT = Pattern.compile(
            "(?<![A-Za-z0-9.,\\-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s*|-)(万亿|千亿|百亿|亿|兆|万|billion|trillion|million|[BTM])(?![A-Za-z])");

    /** A count in words, as English prose writes round sizes: "one trillion", "one-trillion-parameter". */
    public static final Pattern WORD_AMOUNT = Pattern.compile(
            "(?<![A-Za-z\\-])((?i:one|two|three|four|five|six|seven|eight|nine|ten))[\\s-](trillion|billion|million)(?![A-Za-z])");

    /** The exact value of a matched amount in words. */
    public static Long wordValue(String number, String unit) {
        Integer n = count(number);
        return n == null ? null : value(String.valueOf(n), unit);
    }

    /** The exact value of a matched amount, or null when it is not a whole number. */
    public static Long value(String number, String unit) {
        BigDecimal n = new BigDecimal(number.replace(",", ""));
        BigDecimal m = switch (unit) {
            case "万亿", "兆", "T", "trillion" -> new BigDecimal("1000000000000");
            case "千亿" -> new BigDecimal("100000000000");
            case "百亿" -> new BigDecimal("10000000000");
            case "亿" -> new BigDecimal("100000000");
            case "万" -> new BigDecimal("10000");
            case "B", "billion" -> new BigDecimal("1000000000");
            case "M", "million" -> new BigDecimal("1000000");
            default -> null;
        };
        if (m == null) return null;
        BigDecimal v = n.multiply(m);
        if (v.signum() == 0) return null;
        try {
            return v.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** Parses a whole amount ("235B", "1万亿"); null when the text is not one. */
    public static Long parse(String text) {
        Matcher m = AMOUNT.matcher(text.trim());
        return m.matches() ? value(m.group(1), m.group(2)) : null;
    }

    /** A small count in digits or Chinese numerals (五, 十二, 22) or English words; null when it is not one. */
    public static Integer count(String text) {
        String t = text.trim();
        if (t.matches("\\d{1,6}")) return Integer.parseInt(t);
        String[] en = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
        for (int i = 0; i < en.length; i++) if (en[i].equalsIgnoreCase(t)) return i;
        String digits = "零一二三四五六七八九";
        if (t.equals("两")) return 2;
        int result = 0, current = 0;
        boolean any = false;
        for (char c : t.toCharArray()) {
            int d = digits.indexOf(c);
            if (c == '两') d = 2;
            if (d >= 0) { current = d; any = true; continue; }
            if (c == '十') { result += (current == 0 ? 1 : current) * 10; current = 0; any = true; continue; }
            if (c == '百') { result += (current == 0 ? 1 : current) * 100; current = 0; any = true; continue; }
            return null;
        }
        return any ? result + current : null;
    }
}
