package io.zhitu.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds publication dates as news sites write them in Chinese and English, so that a dateline can be
 * recorded as the characters it spans and as an xsd date.
 */
final class Dates {
    /** A date in a line: where it lies and its xsd form (yyyy-MM-dd, yyyy-MM or yyyy). */
    record Match(int start, int end, String value) {}

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String D = "[0-9０-９]";
    private static final String CLOCK = "(?:[ T\\u00A0]+" + D + "{1,2}[:：]" + D + "{2}(?:[:：]" + D + "{2})?(?:\\.\\d+)?"
            + "(?:Z|[+-]\\d{2}:?\\d{2})?)?";

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![0-9０-９])(" + D + "{4})\\s?([-/.])\\s?(" + D + "{1,2})\\s?\\2\\s?(" + D + "{1,2})(?![0-9０-９])" + CLOCK);
    /** dd/mm/yyyy as Hong Kong and British sites write it (mm/dd/yyyy in American ones): read only when one reading is impossible. */
    private static final Pattern YEAR_LAST = Pattern.compile(
            "(?<![0-9０-９/.\\-])(" + D + "{1,2})([/.\\-])(" + D + "{1,2})\\2(" + D + "{4})(?![0-9０-９])" + CLOCK);
    private static final Pattern CHINESE = Pattern.compile(
            "(?<![0-9０-９])(" + D + "{4})\\s*年(?:\\s*(" + D + "{1,2})\\s*月(?:\\s*(" + D + "{1,2})\\s*[日号號])?)?"
            + "(?:\\s*" + D + "{1,2}[:：]" + D + "{2}(?:[:：]" + D + "{2})?)?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private Dates() {}

    /** The first valid date in the text, the longest when two start at the same place; null when none. */
    static Match find(CharSequence s) {
        Match best = null;
        for (Pattern p : List.of(NUMERIC, YEAR_LAST, CHINESE, MONTH_DAY_YEAR, DAY_MONTH_YEAR, MONTH_YEAR)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                String value = value(p, m, s);
                if (value == null) continue;
                Match found = new Match(m.start(), m.end(), value);
                if (best == null || found.start() < best.start()
                        || found.start() == best.start() && found.end() > best.end()) best = found;
                break;
            }
        }
        return best;
    }

    private static String value(Pattern p, Matcher m, CharSequence s) {
        if (p == NUMERIC) return of(num(m.group(1)), num(m.group(3)), num(m.group(4)));
        if (p == YEAR_LAST) {
            int a = num(m.group(1)), b = num(m.group(3)), year = num(m.group(4));
            if (a > 12 && b <= 12) return of(year, b, a);
            if (b > 12 && a <= 12) return of(year, a, b);
            return null; // 03/04/2026: either reading is possible
        }
        if (p == CHINESE) {
            int year = num(m.group(1));
            // "2026年初", "2025年以来": a time within or around the year, not a date the page carries
            if (m.group(2) == null && m.end() < s.length() && "初底末中内以前后来".indexOf(s.charAt(m.end())) >= 0) return null;
            if (m.group(2) == null) return year >= 1900 && year <= 2100 ? String.valueOf(year) : null;
            return of(year, num(m.group(2)), m.group(3) == null ? -1 : num(m.group(3)));
        }
        if (p == MONTH_DAY_YEAR) return of(num(m.group(3)), month(m.group(1)), num(m.group(2)));
        if (p == DAY_MONTH_YEAR) return of(num(m.group(3)), month(m.group(2)), num(m.group(1)));
        return of(num(m.group(2)), month(m.group(1)), -1);
    }

    /** The xsd form, or null for an impossible date; day -1 means the text names only a month. */
    private static String of(int year, int month, int day) {
        if (year < 1900 || year > 2100) return null;
        try {
            return day < 0 ? YearMonth.of(year, month).toString() : LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    /** Parses ASCII or full-width digits. */
    private static int num(String digits) {
        int n = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            n = n * 10 + (c >= '０' && c <= '９' ? c - '０' : c - '0');
        }
        return n;
    }
}
