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
                    + "|Sonnet|Opus|Haiku|Thinking|Preview|Base|Nano|Large|Medium|Small|Omni|VL|Vision|Reasoner|Exp|oss|mini|High|Speciale|Super|Ultra|MoE"
                    + "|(?<=[-_])(?:flash|pro|max|lite|turbo|plus|air|nano|instruct|chat|base|preview|thinking)"
                    // a capitalised word that a numbered version follows: "Hunyuan" + " World" + "-1"
                    + "|(?<=[ ])[A-Z][a-z]{2,12}(?=-\\d)))(?![A-Za-z0-9])");
    /** Units that are quantities or dates, not versions: "2025年", "22个". */
    private static final Pattern NOT_VERSION_AFTER = Pattern.compile("^\\s?(?:年|月|日|个|家|款|位|亿|万|名|多|余|%|岁|天|次|项|倍)");

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
            if (spaced && unit.equals(" Chat")) break; // "Qwen Chat" is the chatbot, "Qwen-Chat" a model
            // "DeepSeek-R1 H20需双节点部署": a chip after a versioned name is the hardware it runs on, not a version
            if (spaced && units == 0 && base.kind() == EntityKind.MODEL && unit.matches(" [ABHL]\\d{2,3}[A-Za-z]?")
                    && s.substring(start, end).matches(".*\\d.*")) break;
            if (unit.matches("[ ]?\\d{5,}")) break; // a count
            // "Pangu Pro MoE 72B": MoE is part of a name only before its size, else it is the architecture (GLM-4.5 MoE架构)
            if (unit.endsWith("MoE") && !s.startsWith(" ", m.end()) && !s.startsWith("-", m.end())) break;
            if (unit.endsWith("MoE") && !(m.end() + 1 < limit && Character.isDigit(s.charAt(m.end() + 1)))) break;
            // an organisation's name goes on as a model with a version (DeepSeek-V3) or a size (Baichuan-7B)
            if (base.kind() == EntityKind.ORG && units == 0 && !unit.matches("[-_ ][A-Za-z]\\d+(?:\\.\\d+)*[A-Za-z]?")
                    && !unit.matches("[-_]\\d+(?:\\.\\d+)?[BbMm]")) break;
            // "DeepSeek 2025" is a year; "Mistral Small 2506", "R1-0528" are dated versions
            if (unit.matches("[ ]?(?:19|20)[0-3]\\d") && (units == 0 || spaced)) break;
            if (unit.matches("[ ]\\d{4}") && base.kind() == EntityKind.ORG) break;
            pos = m.end();
            units++;
        }
        if (units == 0) return end;
        return pos;
    }

    /** Hyphenated parts that carry on a name: "-Zero", "-Speciale", "-Breeze2", "-Think"; not "-based", "-powered". */
    private static final Pattern VARIANT_PART = Pattern.compile("-(?:[A-Z][A-Za-z0-9.]*|[a-z]+\\d[A-Za-z0-9.]*)(?![A-Za-z0-9])");
    /** A Latin word glued to a Chinese model name: 混元Large, 混元turbo. */
    private static final Pattern GLUED_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9.]*(?![A-Za-z0-9])");
    private static final Pattern NOT_VARIANT = Pattern.compile("(?i)ai|api|app|apps|agent|sdk|bot|chat|pc|web|plus\\+?");

    /**
     * Where a name continues past its version with parts of its own, the new end: "DeepSeek-R1" + "-Zero",
     * "Llama" + "-Breeze2-8B" (another model built on it), "混元" + "Large". A model known by a prefix of its name
     * is a different model: cutting "DeepSeek-R1-Zero" to "DeepSeek-R1" would give R1 what the text says of R1-Zero.
     */
    static int extendVariant(String s, int start, int end, Entity base, int limit, java.util.function.Predicate<String> aName) {
        if (base.kind() != EntityKind.MODEL && !(base.kind() == EntityKind.ORG && end > start && s.charAt(end - 1) != ' ')) return end;
        int pos = end;
        if (base.kind() == EntityKind.MODEL && TextKeys.hasHan(s.substring(end - 1, end))) {
            Matcher g = GLUED_WORD.matcher(s);
            g.region(pos, limit);
            // 通义千问Qwen is the same name twice, not a variant
            if (g.lookingAt() && !NOT_VARIANT.matcher(g.group()).matches() && !aName.test(g.group())) pos = g.end();
        }
        Matcher m = VARIANT_PART.matcher(s);
        m.useTransparentBounds(true);
        int parts = 0;
        while (pos < limit) {
            m.region(pos, limit);
            if (!m.lookingAt()) break;
            String part = m.group().substring(1);
            // an organisation's name goes on as a model only with a version in it: DeepSeek-Coder-V2, not Meta-Llama
            if (base.kind() == EntityKind.ORG && part.chars().noneMatch(Character::isDigit)) break;
            pos = m.end();
            parts++;
            pos = extendVersion(s, start, pos, base, limit);
        }
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
