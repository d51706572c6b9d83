package io.zhitu.core;

/**
 * One statement of the contract.
 *
 * @param subject  an entity id, or {@link #DOCUMENT} for the article itself
 * @param property the full property IRI (see {@code io.zhitu.rdf.Vocab})
 * @param object   entity or literal
 * @param evidence where the text says it; null for a fact of the bundled reference data
 */
public record Statement(String subject, String property, Value object, Evidence evidence) {
    /** Stands for the article's own node. */
    public static final String DOCUMENT = "_document";
}
