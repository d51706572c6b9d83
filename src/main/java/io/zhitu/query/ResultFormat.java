package io.zhitu.query;

import io.zhitu.core.ZhituException;

import java.util.Arrays;
import java.util.Locale;

/** The ways {@link ResultWriter} can write a result. */
public enum ResultFormat {
    /** an aligned text table (SELECT, ASK, and CONSTRUCT/DESCRIBE as subject, predicate, object) */
    TABLE,
    /** SPARQL 1.1 Query Results CSV (SELECT, ASK) */
    CSV,
    /** SPARQL 1.1 Query Results TSV (SELECT, ASK) */
    TSV,
    /** SPARQL 1.1 Query Results JSON (SELECT, ASK) */
    JSON,
    /** SPARQL Query Results XML (SELECT, ASK) */
    XML,
    /** Turtle, sorted (CONSTRUCT, DESCRIBE) */
    TURTLE,
    /** N-Triples, sorted (CONSTRUCT, DESCRIBE) */
    NTRIPLES;

    /** The name users type: {@code table}, {@code csv}, ..., {@code ntriples}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this format can write that kind of result. */
    public boolean fits(QueryResult result) {
        boolean graph = result instanceof QueryResult.Triples;
        return this == TABLE || graph == (this == TURTLE || this == NTRIPLES);
    }

    /** The format used when the user names none: table. */
    public static ResultFormat defaultFor(QueryResult result) {
        return TABLE;
    }

    /**
     * The format of a name (case-insensitive; also {@code ttl}, {@code nt}, {@code n-triples}).
     *
     * @throws ZhituException {@code unknown format 'x' (table, csv, tsv, json, xml, turtle, ntriples)}
     */
    public static ResultFormat of(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "ttl" -> { return TURTLE; }
            case "nt", "n-triples" -> { return NTRIPLES; }
            default -> {
                for (ResultFormat f : values()) if (f.keyword().equals(n)) return f;
            }
        }
        throw new ZhituException("unknown format '" + name + "' ("
                + String.join(", ", Arrays.stream(values()).map(ResultFormat::keyword).toList()) + ")");
    }
}
