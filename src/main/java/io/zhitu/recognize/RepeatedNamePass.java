package io.zhitu.recognize;

import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A name once confirmed is that name throughout the text: "教授陈缊侬指出…" makes every later 陈缊侬 the same person,
 * cue or no cue ("根据姚顺雨的个人页面"); a model named with a cue once ("全新大模型 MiMo-V2-Flash") is that model in
 * every later sentence. Only people, organisations and models found by a cue or a pattern are carried;
 * the gazetteer's names are found everywhere already.
 */
final class RepeatedNamePass implements RecognitionPass {

    private final PinyinNames pinyin;

    RepeatedNamePass(PinyinNames pinyin) {
        this.pinyin = pinyin;
    }

    @Override
    public String name() {
        return "pattern:repeated-name";
    }

    @Override
    public void scan(RecognitionState w, Span sentence) {
        Map<String, String> names = w.fromMentions(RepeatedNamePass.class, () -> names(w));
        Map<String, String> families = w.fromMentions(PinyinNames.class, () -> families(w));
        carry(w, sentence, names, false);
        carry(w, sentence, families, true);
    }

    private void carry(RecognitionState w, Span sentence, Map<String, String> names, boolean family) {
        for (Map.Entry<String, String> n : names.entrySet()) {
            String name = n.getKey();
            int from = sentence.start();
            while (true) {
                int a = w.s.indexOf(name, from);
                if (a < 0 || a + name.length() > sentence.end()) break;
                int b = a + name.length();
                from = b;
                boolean latin = TextKeys.isLatinOrDigit(name.charAt(0));
                if (latin && ((a > 0 && TextKeys.isLatinOrDigit(w.s.charAt(a - 1))) || (b < w.s.length() && TextKeys.isLatinOrDigit(w.s.charAt(b))))) continue;
                if (!w.free(a, b)) continue;
                // a family name alone, not a part of another capitalised name (Zhang, but not Zhang Camera)
                if (family && EnglishNames.besideCapitalisedWord(w.s, a, b)) continue;
                Entity e = w.entity(n.getValue());
                if (e != null) w.add(new Found(a, b, e.id(), name()), e);
            }
        }
    }

    /** A person's name in Latin letters, two or three capitalised words: the family name is one of them. */
    private static final Pattern LATIN_FULL_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]+(?: \\p{Lu}[\\p{L}'’\\-]+){1,2}");
    /** A model's name that cannot be a common word: letters with a digit or a hyphen. */
    private static final Pattern LETTER_AND_DIGIT = Pattern.compile("(?=.*[A-Za-z])(?=.*[0-9-]).*");

    /**
     * The family names of the people named in Latin letters (the last word, the first in a pinyin name), each carried
     * only when no other person of the text shares it: English news refers back to "Sutskever", "Zhang".
     */
    private Map<String, String> families(RecognitionState w) {
        Map<String, String> out = new TreeMap<>();
        Map<String, Integer> count = new java.util.HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Found f : w.found) {
            if (f.nested()) continue;
            Entity e = w.entity(f.entityId());
            if (e == null || e.kind() != EntityKind.PERSON) continue;
            String surface = w.s.substring(f.start(), f.end());
            if (!LATIN_FULL_NAME.matcher(surface).matches()) continue;
            String[] parts = surface.split(" ");
            String fam = parts.length == 2 && parts[0].equals(pinyin.surnameOf(surface)) ? parts[0] : parts[parts.length - 1];
            if (fam.length() < 2 || !PinyinNames.meaningfulAlone(fam)) continue;
            if (seen.add(fam + "\t" + e.id())) count.merge(fam, 1, Integer::sum);
            out.putIfAbsent(fam, e.id());
        }
        out.keySet().removeIf(f -> count.get(f) > 1);
        return out;
    }

    /** The surfaces of the people and organisations found by a cue or a pattern, longest first. */
    private static Map<String, String> names(RecognitionState w) {
        Map<String, String> out = new TreeMap<>((x, y) -> x.length() != y.length() ? y.length() - x.length() : x.compareTo(y));
        for (Found f : w.found) {
            if (f.nested() || f.source().equals("gazetteer")) continue;
            Entity e = w.entity(f.entityId());
            if (e == null || (e.kind() != EntityKind.PERSON && e.kind() != EntityKind.ORG && e.kind() != EntityKind.MODEL)) continue;
            String surface = w.s.substring(f.start(), f.end());
            // a model found by a cue once is that model everywhere, when its name cannot be a common word: MiMo-V2-Flash, Emu3.5
            if (e.kind() == EntityKind.MODEL && !(surface.length() >= 4 && LETTER_AND_DIGIT.matcher(surface).matches())) continue;
            boolean han = TextKeys.hasHan(surface);
            if (han ? surface.length() < 2 : surface.length() < 4) continue;
            out.putIfAbsent(surface, e.id());
        }
        return out;
    }
}
