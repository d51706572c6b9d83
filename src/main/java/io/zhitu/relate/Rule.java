package io.zhitu.relate;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One relation rule of {@code ontology/rules/relations.rules}, compiled.
 *
 * @param id       its id, recorded as the evidence's rule
 * @param source   the pattern as written
 * @param pattern  the pattern compiled over a tagged sentence
 * @param emits    what a match states
 * @param where    "any", or "byline" (only in short blocks at the start or end of the body)
 * @param needs    per emit, the token letters each of its slots can take ("OM" …): a sentence without a
 *                 token of every slot of any emit cannot give this rule a statement, so it is not tried
 * @param opens    the token letters a match must open with when the pattern starts with a mention (after its
 *                 lookbehinds), else null: such a rule is tried only where such a mention opens
 * @param words    the word lists ({lex:…} categories) the pattern needs one word of, wherever it matches: a sentence
 *                 without a word of each is not tried
 * @param anchors  literal text the pattern cannot match without, per list one of its strings ({@link Anchors}):
 *                 a sentence without it is not handed to the regex (unlike {@code words}, this is not reported by
 *                 {@code explain}: such a rule simply does not match)
 */
public record Rule(String id, String source, Pattern pattern, List<Emit> emits, String where, List<List<String>> needs,
                   String opens, List<List<String>> words, List<List<String>> anchors) {

    /** Whether the text holds a word of every list this rule needs; {@code seen} remembers lists already looked for. */
    public boolean hasWords(String text, Map<List<String>, Boolean> seen) {
        for (List<String> list : words) {
            Boolean found = seen.get(list);
            if (found == null) {
                found = false;
                for (String w : list) if (text.contains(w)) { found = true; break; }
                seen.put(list, found);
            }
            if (!found) return false;
        }
        return true;
    }

    /**
     * Hands each match in a tagged sentence to {@code onMatch}, in order of start. A rule that opens with a mention
     * is tried only at the mentions that can open it, not at every character: the same matches, a fraction of the work.
     */
    public void matches(String text, Consumer<Matcher> onMatch) {
        for (List<String> any : anchors) {
            boolean found = false;
            for (String w : any) if (text.contains(w)) { found = true; break; }
            if (!found) return;
        }
        Matcher m = pattern.matcher(text);
        if (opens == null) {
            int from = 0;
            while (from < text.length() && m.find(from)) {
                if (m.end() > m.start()) onMatch.accept(m);
                from = m.start() + 1;
            }
            return;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int k = 0; k + 1 < text.length(); k++) {
            if (text.charAt(k) != RuleSet.OPEN || opens.indexOf(text.charAt(k + 1)) < 0) continue;
            m.region(k, text.length());
            if (m.lookingAt() && m.end() > m.start()) onMatch.accept(m);
        }
    }

    /** Whether some emit could be satisfied by a sentence holding tokens of these letters. */
    public boolean couldFire(boolean[] present) {
        for (List<String> emit : needs) {
            boolean all = true;
            for (String letters : emit) {
                boolean any = false;
                for (int i = 0; i < letters.length() && !any; i++) any = present[letters.charAt(i)];
                if (!any) { all = false; break; }
            }
            if (all) return true;
        }
        return needs.isEmpty();
    }

    /**
     * One statement template: subject and object are slot names, {@code doc} (the article) or a
     * constant IRI of the ontology ({@code zt:MixtureOfExperts}).
     */
    public record Emit(String subject, String property, String object) {}
}
