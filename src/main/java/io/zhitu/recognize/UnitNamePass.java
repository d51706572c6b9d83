package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Teams, labs and departments named after a product or a code name: "LongCat团队", "混元团队", "Seed团队",
 * "Tencent AI Lab", "AI Infra部".
 * The unit word alone names nothing; a Latin name or a model the gazetteer knows before it makes it a name.
 * Where an organisation stands right before ("美团LongCat团队"), the unit is recorded as that organisation's
 * part. It runs before the gazetteer, which would otherwise read 混元 in 混元团队 as the model.
 */
final class UnitNamePass implements RecognitionPass {

    /** A capitalised Latin name of three letters or more, or a CamelCase one, right before the unit word ("AI Infra部" with its AI). */
    private static final Pattern LATIN_NAME = Pattern.compile("(?<![A-Za-z0-9-])((?:(?:AI|ML|AGI)\\s)?(?:[A-Z][A-Za-z0-9-]{2,20}|[A-Z][a-z]+[A-Z][A-Za-z]*))\\s?$");
    private static final int MAX_HAN_NAME = 6;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    UnitNamePass(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "pattern:unit-name";
    }

    @Override
    public void scan(RecognitionState w, Span sentence) {
        for (int i = sentence.start() + 2; i < sentence.end(); i++) {
            String unit = lexicon.prefixAt("unit-word", w.s, i);
            if (unit == null) continue;
            int end = i + unit.length();
            if (end < w.s.length() && Character.isLetter(w.s.charAt(end)) && !TextKeys.hasHan(unit)) continue; // "Labs" read as "Lab"
            int nameStart = nameBefore(w, sentence.start(), i, unit);
            if (nameStart < 0 || !w.free(nameStart, end)) continue;
            String surface = w.s.substring(nameStart, end);
            if (!gazetteer.lookup(surface).isEmpty()) continue; // the gazetteer knows it: its pass will find it
            String name = w.s.substring(nameStart, i).strip();
            if (EnglishNames.notName(name, lexicon)) continue; // "The team", "This lab": no name
            if (w.known(name, EntityKind.ORG) != null) continue; // "OpenAI团队" is OpenAI itself
            Entity parent = orgEndingAt(w, sentence.start(), nameStart);
            Entity named = w.knownModel(name);
            String nameEn = named != null && named.labelEn() != null ? named.labelEn() : TextKeys.hasHan(name) ? null : name;
            String unitEn = !TextKeys.hasHan(unit) ? unit : switch (unit) {
                case "团队", "小组" -> "team";
                case "部", "事业部" -> "department";
                case "事业群" -> "group";
                default -> "lab";
            };
            String en = nameEn == null ? null : (parent != null && parent.labelEn() != null ? parent.labelEn() + " " : "") + nameEn + " " + unitEn;
            String slug = en != null ? Slugs.latin(en) : Slugs.chinese(surface);
            Entity e = w.mint(EntityKind.ORG, slug, en, nameStart, end);
            w.add(new Found(nameStart, end, e.id(), name(), false, parent == null ? null : parent.id()), e);
            i = end - 1;
        }
    }

    /** Where the name before a unit word starts: a Latin name, or a gazetteer model's Chinese name; -1 if none. */
    private int nameBefore(RecognitionState w, int from, int unitStart, String unit) {
        Matcher m = LATIN_NAME.matcher(w.s);
        m.region(Math.max(from, unitStart - 22), unitStart);
        m.useTransparentBounds(true);
        if (m.find()) {
            boolean spaced = w.s.charAt(unitStart - 1) == ' ';
            if (!spaced || !TextKeys.hasHan(unit)) return m.start(1);
        }
        for (int len = Math.min(MAX_HAN_NAME, unitStart - from); len >= 2; len--) {
            String cand = w.s.substring(unitStart - len, unitStart);
            if (!TextKeys.hasHan(cand)) continue;
            if (w.knownModel(cand) != null) return unitStart - len;
        }
        return -1;
    }

    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|’s)(?: (?:former|new|own|in-house|internal))?$");

    /** An organisation the gazetteer knows whose name ends at {@code pos}, within the sentence; else null. */
    private Entity orgEndingAt(RecognitionState w, int from, int pos) {
        if (pos > from && w.s.charAt(pos - 1) == ' ') pos--; // "Meta Superintelligence Labs"
        // "OpenAI's former Superalignment team": the owner in the possessive
        Matcher owner = POSSESSIVE.matcher(w.s.substring(Math.max(from, pos - 24), pos));
        if (owner.find()) pos -= owner.group().length();
        for (int len = Math.min(12, pos - from); len >= 2; len--) {
            Entity e = w.known(w.s.substring(pos - len, pos), EntityKind.ORG);
            if (e != null) return e;
        }
        return null;
    }
}
