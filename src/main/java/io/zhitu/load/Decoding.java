package io.zhitu.load;

import io.zhitu.core.ZhituException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese news pages come in UTF-8, GB2312/GBK/GB18030 or Big5, often without saying which; this guesses
 * strictly (a wrong guess would silently corrupt every name the later stages look for) and refuses
 * binary input instead of producing mojibake.
 */
final class Decoding {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GB2312 = Charset.forName("GB2312");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset BIG5_HKSCS =
            Charset.isSupported("Big5-HKSCS") ? Charset.forName("Big5-HKSCS") : BIG5;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    /** How many leading bytes the binary and markup sniffers look at. */
    private static final int SNIFF = 8192;

    private Decoding() {}

    /** The decoded text, without a leading BOM. */
    static String decode(String name, byte[] b, String forced) {
        if (forced != null) return withoutBom(decodeForced(name, b, forced));

        Charset bom = bomCharset(b);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            Attempt a = tryDecode(b, skip, bom);
            if (a.text == null) throw Sources.error(name, "cannot decode as " + bom.name() + " (byte offset " + a.errorOffset + ")");
            return a.text;
        }
        if (looksBinary(b)) throw binary(name);

        Attempt utf8 = tryDecode(b, 0, StandardCharsets.UTF_8);
        if (utf8.text != null) return utf8.text;

        for (Charset declared : declaredCharsets(b)) {
            Attempt a = tryDecode(b, 0, declared);
            if (a.text != null) return withoutBom(a.text);
        }

        String best = null;
        double bestScore = -1;
        for (Charset cs : List.of(GB18030, BIG5, BIG5_HKSCS)) {
            Attempt a = tryDecode(b, 0, cs);
            if (a.text == null) continue;
            double score = commonness(a.text);
            if (score > bestScore) { // ties keep the earlier candidate
                best = a.text;
                bestScore = score;
            }
        }
        if (best == null) throw Sources.error(name, "cannot decode (not UTF-8, GB18030 or Big5)");
        return best;
    }

    /** After decoding: text with NULs or many control characters is not an article. */
    static void checkNotBinary(String name, String text) {
        int n = Math.min(text.length(), SNIFF), controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) throw binary(name);
            if (i < n && isBinaryControl(c)) controls++;
        }
        if (n > 0 && controls * 50 > n) throw binary(name); // over 2%
    }

    private static String decodeForced(String name, byte[] b, String forced) {
        Charset cs;
        try {
            cs = Charset.forName(forced.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw Sources.error(name, "unknown encoding '" + forced + "'");
        }
        Attempt a = tryDecode(b, 0, cs);
        if (a.text == null) throw Sources.error(name, "cannot decode as " + forced + " (byte offset " + a.errorOffset + ")");
        return a.text;
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, SNIFF), controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x20 && isBinaryControl((char) c)) controls++;
        }
        return n > 0 && controls * 50 > n;
    }

    private static boolean isBinaryControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }

    private static ZhituException binary(String name) {
        return Sources.error(name, "binary file, not text or HTML");
    }

    private static String withoutBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The charsets an HTML meta declaration names, widened to the superset browsers use. */
    private static List<Charset> declaredCharsets(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        List<Charset> out = new ArrayList<>();
        if (!m.find()) return out;
        String label = m.group(1).toLowerCase(Locale.ROOT);
        switch (label) {
            case "gb2312", "gbk", "x-gbk", "cp936", "gb18030", "euc-cn" -> out.add(GB18030);
            case "big5", "big5-hkscs", "x-x-big5", "cp950" -> { out.add(BIG5); out.add(BIG5_HKSCS); }
            default -> {
                try {
                    out.add(Charset.forName(label));
                } catch (IllegalArgumentException ignored) {
                    // a misspelt declaration is no reason to refuse the page: detection goes on
                }
            }
        }
        return out;
    }

    /** Either the text or the absolute offset of the first byte that does not decode. */
    record Attempt(String text, int errorOffset) {}

    static Attempt tryDecode(byte[] b, int from, Charset cs) {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) d.maxCharsPerByte()) + 16);
        CoderResult r = d.decode(in, out, true);
        if (!r.isError()) r = d.flush(out);
        if (r.isError()) return new Attempt(null, in.position());
        out.flip();
        return new Attempt(out.toString(), -1);
    }

    /**
     * The share of non-ASCII characters a Chinese reader would expect: punctuation and the frequent
     * ideographs of either script (GB2312 level 1, Big5 level 1). Bytes of one encoding read as the
     * other decode to rare ideographs, symbols and private-use characters instead.
     */
    static double commonness(String text) {
        CharsetEncoder gb = GB2312.newEncoder(), big5 = BIG5.newEncoder();
        int nonAscii = 0, common = 0;
        for (int i = 0; i < text.length() && nonAscii < 20000; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) continue;
            nonAscii++;
            if (isCommonPunctuation(c)
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    && (inRows(gb, c, 0xB0, 0xD7) || inBig5Level1(big5, c))) {
                common++;
            }
        }
        return nonAscii == 0 ? 1.0 : (double) common / nonAscii;
    }

    private static boolean isCommonPunctuation(int c) {
        return c >= 0x3000 && c <= 0x3011 || c >= 0xFF01 && c <= 0xFF1F || c == 0xFF5E
                || c >= 0x2013 && c <= 0x2026 || c == 0x00B7;
    }

    private static boolean inRows(CharsetEncoder enc, int c, int firstLead, int lastLead) {
        byte[] bytes = encode(enc, c);
        return bytes != null && bytes.length == 2 && (bytes[0] & 0xFF) >= firstLead && (bytes[0] & 0xFF) <= lastLead;
    }

    private static boolean inBig5Level1(CharsetEncoder enc, int c) {
        byte[] bytes = encode(enc, c);
        if (bytes == null || bytes.length != 2) return false;
        int code = (bytes[0] & 0xFF) << 8 | (bytes[1] & 0xFF);
        return code >= 0xA440 && code <= 0xC67E;
    }

    private static byte[] encode(CharsetEncoder enc, int c) {
        try {
            ByteBuffer bb = enc.reset().encode(CharBuffer.wrap(Character.toChars(c)));
            byte[] out = new byte[bb.remaining()];
            bb.get(out);
            return out;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
