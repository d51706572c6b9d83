package io.zhitu.relate;

import io.zhitu.core.Vocab;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates in running text, with the precision the text gives: 2025年12月 is a gYearMonth, not a day. */
public final class Dates {
    private Dates() {}

    /** A date found in text: xsd lexical form and its datatype IRI. */
    public record Found(int start, int end, String lexical, String datatype) {}

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    public static final Pattern DATE = Pattern.compile(
            "(?<![0-9])(\\d{4})年(\\d{1,2})月(?:(\\d{1,2})日)?"
                    + "|(?<![0-9])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![0-9])"
                    + "|" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})"
                    + "|(?<![0-9])(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})"
                    + "|" + MONTH + "\\s+(\\d{4})"
                    + "|(?<![0-9])(\\d{4})年(?![0-9代])");

    public static Found match(Matcher m) {
        String y, mo = null, d = null;
        if (m.group(1) != null) { y = m.group(1); mo = m.group(2); d = m.group(3); }
        else if (m.group(4) != null) { y = m.group(4); mo = m.group(5); d = m.group(6); }
        else if (m.group(7) != null) { mo = month(m.group(7)); d = m.group(8); y = m.group(9); }
        else if (m.group(10) != null) { d = m.group(10); mo = month(m.group(11)); y = m.group(12); }
        else if (m.group(13) != null) { mo = month(m.group(13)); y = m.group(14); }
        else { y = m.group(15); }
        return of(m.start(), m.end(), y, mo, d);
    }

    private static Found of(int s, int e, String y, String mo, String d) {
        if (mo == null) return new Found(s, e, y, Vocab.XSD_GYEAR);
        int month = Integer.parseInt(mo);
        if (month < 1 || month > 12) return null;
        if (d == null) return new Found(s, e, y + "-" + String.format("%02d", month), Vocab.XSD_GYEAR_MONTH);
        int day = Integer.parseInt(d);
        if (day < 1 || day > 31) return null;
        return new Found(s, e, y + "-" + String.format("%02d", month) + "-" + String.format("%02d", day), Vocab.XSD_DATE);
    }

    private static String month(String name) {
        String n = name.toLowerCase().replace(".", "");
        for (int i = 0; i < MONTHS.size(); i++) if (MONTHS.get(i).startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) return String.valueOf(i + 1);
        return null;
    }

    /** The datatype of an ISO lexical form: yyyy, yyyy-MM or yyyy-MM-dd. */
    public static String datatypeOf(String iso) {
        return switch (iso.length()) {
            case 4 -> Vocab.XSD_GYEAR;
            case 7 -> Vocab.XSD_GYEAR_MONTH;
            default -> Vocab.XSD_DATE;
        };
    }
}
