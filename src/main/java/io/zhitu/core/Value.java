package io.zhitu.core;

/** The object of a statement: an entity or a literal. */
public sealed interface Value permits Value.EntityRef, Value.Literal {
    /** An entity by id, or {@link Statement#DOCUMENT} for the article itself. */
    record EntityRef(String id) implements Value {}
    /**
     * A literal.
     * @param lexical  its lexical form
     * @param datatype a full datatype IRI, or null for a plain or language-tagged string
     * @param lang     a language tag, or null
     */
    record Literal(String lexical, String datatype, String lang) implements Value {}
}
