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
 */
public record Rule(String id, String source, Pattern pattern, List<Emit> emits, String where) {
    /**
     * One statement template: subject and object are slot names, {@code doc} (the article) or a
     * constant IRI of the ontology ({@code zt:MixtureOfExperts}).
     */
    public record Emit(String subject, String property, String object) {}
}
