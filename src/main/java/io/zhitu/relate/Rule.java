package io.zhitu.relate;

import java.util.List;
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
 */
public record Rule(String id, String source, Pattern pattern, List<Emit> emits, String where, List<List<String>> needs) {

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
