package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Model names read to their end: a known name followed by version units ("Qwen3" + "-235B-A22B", "Kimi" + " K2",
 * "通义千问" + "3") denotes the versioned model, known to the gazetteer or minted from the full name.
 */
final class ModelNames {

    private static final Pattern VERSION_UNIT = Pattern.compile(
            "(?<=\\d)\\.\\d+[A-Za-z]{0,2}(?![A-Za-z0-9])|(?:[-_]|[ ](?=[A-Za-z]?\\d|[A-Z]))?(?:A\\d+(?:\\.\\d+)?[Bb]|\\d+(?:\\.\\d+)*[A-Za-z]{0,2}|[A-Za-z]\\d+(?:\\.\\d+)*[A-Za-z]?"
                    + "|(?<=[-_ ])(?:Air|Flash|Turbo|Pro|Max|Mini|Lite|Plus|Ultra|Instruct|Chat|Coder|Maverick|Scout|Behemoth"
                    + "|Sonnet|Opus|Haiku|Thinking|Preview|Base|Nano|Large|Medium|Small|Omni|VL|Vision|Reasoner|Exp|oss|mini))(?![A-Za-z0-9])");
    /** Units that are quantities or dates, not versions: "2025年", "22个". */
    private static final Pattern NOT_VERSION_AFTER = Pattern.compile("^(?:年|月|日|个|家|款|位|亿|万|名|多|余|%|岁|天|次|项|倍)");

    private ModelNames() {}

    /** Where a name continues with version units ("-235B-A22B", " K2", "4.5"), the new end; else {@code end}. */
    static int extendVersion(String s, int start, int end, Entity base, int limit) {
        int pos = end;
        boolean chineseBase = TextKeys.hasHan(s.substring(start, end));
        if (chineseBase) {
            for (String filler : List.of("大模型", "模型")) {
                if (s.startsWith(filler, pos) && pos + filler.length() < limit && Character.isDigit(s.charAt(pos + filler.length()))) {
                    pos += filler.length();
                    break;
                }
            }
        }
        int units = 0;
        Matcher m = VERSION_UNIT.matcher(s);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        while (pos < limit) {
            m.region(pos, limit);
            if (!m.lookingAt() || m.end() == pos) break;
            String unit = m.group();
            boolean spaced = unit.startsWith(" ");
            if (spaced && units == 0 && base.kind() == EntityKind.ORG) break;
            String after = s.substring(m.end(), Math.min(limit, m.end() + 2));
            if (NOT_VERSION_AFTER.matcher(after).find()) break;
            if (unit.matches("[ ]?\\d{5,}")) break; // a count
            if (base.kind() == EntityKind.ORG && units == 0 && !unit.matches("[-_ ][A-Za-z]\\d+(?:\\.\\d+)*[A-Za-z]?")) break;
            // "DeepSeek 2025" is a year; "Mistral Small 2506", "R1-0528" are dated versions
            if (unit.matches("[ ]?(?:19|20)[0-3]\\d") && (units == 0 || spaced)) break;
            if (unit.matches("[ ]\\d{4}") && base.kind() == EntityKind.ORG) break;
            pos = m.end();
            units++;
        }
        if (units == 0) return end;
        return pos;
    }

    /** The model a version-extended name denotes: the gazetteer's when it knows the full name, else a minted one. */
    static Entity derivedModel(RecognitionState w, Entity base, int start, int baseEnd, int end) {
        String full = w.s.substring(start, end);
        Entity e = w.knownModel(full);
        if (e != null) return e;
        String suffix = w.s.substring(baseEnd, end);
        String versionPart = suffix.replaceFirst("^(大模型|模型)", "");
        String baseSurface = w.s.substring(start, baseEnd);
        String en;
        if (!TextKeys.hasHan(baseSurface)) {
            en = full;
        } else if (base.labelEn() != null) {
            for (String sep : List.of("", " ", "-")) {
                Entity k = w.knownModel(base.labelEn() + sep + versionPart);
                if (k != null) return k;
            }
            char first = versionPart.charAt(0);
            en = base.labelEn() + (first == '-' || first == '.' || first == ' ' ? "" : " ") + versionPart;
        } else {
            en = null;
        }
        // an organisation's name with a model version ("DeepSeek-V3") needs the organisation's English name
        if (base.kind() == EntityKind.ORG && base.labelEn() == null) return null;
        String slug = en != null ? Slugs.latin(en) : Slugs.chinese(full);
        return w.mint(EntityKind.MODEL, slug, en, start, end);
    }

    /** The longest other model name this one starts with, cut at a version boundary ("ERNIE-4.5" in "ERNIE-4.5-300B-A47B"). */
    static String familyByPrefix(RecognitionState w, int start, int end, String selfId) {
        for (int k = end - 1; k > start + 1; k--) {
            char c = w.s.charAt(k), p = w.s.charAt(k - 1);
            boolean boundary = c == '-' || c == ' ' || c == '_' || (Character.isDigit(c) && !Character.isDigit(p) && p != '.');
            if (!boundary) continue;
            Entity fam = w.knownModel(w.s.substring(start, k));
            if (fam != null && !fam.id().equals(selfId)) return fam.id();
        }
        return null;
    }
}
