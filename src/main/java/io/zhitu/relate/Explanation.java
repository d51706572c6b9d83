package io.zhitu.relate;

import io.zhitu.core.Extraction;
import io.zhitu.core.Span;
import io.zhitu.recognize.Recognition;

import java.util.List;

/**
 * Why one document gave the statements it gave ({@code zhitu explain}): what extraction made of it, what the
 * recogniser found, and for each body sentence how the relation rules read it and what came of every rule tried.
 *
 * @param extraction  what {@code extract} makes of the document
 * @param recognition what the recogniser found (mentions with the pass that found them)
 * @param sentences   one trace per body sentence, in order
 */
public record Explanation(Extraction extraction, Recognition recognition, List<SentenceTrace> sentences) {

    /**
     * How the rules read one body sentence.
     *
     * @param sentence its index
     * @param tagged   the sentence as the rules match it (Simplified script, ASCII punctuation, every mention, anaphor,
     *                 quantity and date written as its kind: {@code {Org}发布了{Model}。}); null when the sentence is
     *                 too long to be matched ({@link RelationRules#MAX_SENTENCE_CHARS})
     * @param tokens   how many tokens (mentions, anaphors, quantities, dates) the tagged sentence holds
     * @param anaphors the anaphors in it (该模型, the model) and the entities they stand for
     * @param tried    the rules tried on it (their {@code where} holds and the sentence holds a token for every slot
     *                 of one of their statements), in the order of the rules file
     */
    public record SentenceTrace(int sentence, String tagged, int tokens, List<Anaphor> anaphors, List<RuleTry> tried) {}

    /**
     * An anaphor the rules read as a mention of the entity (or entities) named just before it.
     *
     * @param span its place in the original text
     * @param ids  the entities it stands for
     */
    public record Anaphor(Span span, List<String> ids) {}

    /**
     * What came of one rule tried on one sentence.
     *
     * @param rule    the rule's id
     * @param outcome what came of it
     * @param match   the original text's span of its first match, null when it did not match
     * @param madeBy  for {@link Outcome#ALREADY_STATED}, the rule whose equal statement was kept; else null
     */
    public record RuleTry(String rule, Outcome outcome, Span match, String madeBy) {}

    /** What came of a rule tried on a sentence. */
    public enum Outcome {
        /** It matched, and at least one of its statements is in the result. */
        STATED,
        /** Its slots and a word of each list it needs were all there, but its pattern did not match: a near miss. */
        NO_MATCH,
        /** Its slots were all there, but no word of a list it needs ({lex:…} at its top level): not tried. */
        NO_WORDS,
        /** It matched, but stated nothing: the bound mentions have the wrong kinds for the property (or are one entity). */
        NOTHING_STATED,
        /** It matched, but another rule had already made the same statement from the same words. */
        ALREADY_STATED
    }

    /** Traces the rules of {@code relations} over a recognition whose statements {@code extraction} holds. */
    public static Explanation of(RelationRules relations, Extraction extraction, Recognition recognition) {
        return new Explanation(extraction, recognition, new RuleTrace(relations).trace(recognition, extraction.statements()));
    }

    /** The plain-text report {@code zhitu explain} prints, lines ending in \n; the same input gives the same text. */
    public String text() {
        return ExplanationText.render(this);
    }
}
