package io.zhitu.recognize;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable lower-case ASCII slugs for entities the gazetteer does not know: same name, same slug, any script. */
public final class Slugs {
    private Slugs() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9.]+");
    private static final Pattern HYPHENS = Pattern.compile("-{2,}");
    private static final Pattern OUTER_SIGNS = Pattern.compile("^[-.]+|[-.]+$");
    private static final Pattern SYLLABLE = Pattern.compile("[a-z]+");

    /** From an English name: "Llama 4 Maverick" -> "llama-4-maverick". */
    public static String latin(String name) {
        String plain = MARKS.matcher(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)).replaceAll(""); // Timothée -> timothee
        String s = HYPHENS.matcher(NOT_SLUG.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("-");
        s = OUTER_SIGNS.matcher(s).replaceAll("");
        return s.isEmpty() ? hash(name) : s;
    }

    /** From a Chinese person name: surname then given name, "林俊旸" -> "lin-junyang". */
    public static String personPinyin(String simplifiedName) {
        List<Pinyin> py = HanLP.convertToPinyinList(simplifiedName);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < py.size(); i++) {
            String syl = py.get(i).getPinyinWithoutTone();
            if (syl == null || !SYLLABLE.matcher(syl).matches() || syl.equals("none")) return hash(simplifiedName);
            if (i == 1) b.append('-');
            b.append(syl);
        }
        return b.length() == 0 ? hash(simplifiedName) : b.toString();
    }

    /** From any other Chinese name: pinyin syllables joined by '-', or a hash when long. */
    public static String chinese(String simplifiedName) {
        if (simplifiedName.length() > 8) return hash(simplifiedName);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < simplifiedName.length(); i++) {
            char c = simplifiedName.charAt(i);
            if (TextKeys.isLatinOrDigit(c)) {
                b.append(Character.toLowerCase(c));
                continue;
            }
            List<Pinyin> py = HanLP.convertToPinyinList(String.valueOf(c));
            String syl = py.isEmpty() ? null : py.get(0).getPinyinWithoutTone();
            if (syl == null || !SYLLABLE.matcher(syl).matches() || syl.equals("none")) return hash(simplifiedName);
            if (b.length() > 0 && b.charAt(b.length() - 1) != '-') b.append('-');
            b.append(syl);
        }
        return b.length() == 0 ? hash(simplifiedName) : b.toString();
    }

    /** A short hash of the folded name, for names that make no readable slug. */
    public static String hash(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(TextKeys.key(name).getBytes(StandardCharsets.UTF_8));
            return "h" + HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
