package io.zhitu.rdf;

import java.util.Locale;

/** How the evidence of each extracted statement rides along in the graph. */
public enum Provenance {
    /** Statements only. */
    NONE,
    /** RDF 1.1 reification: an {@code rdf:Statement} node per statement and evidence; loads in every tool. */
    REIFIED,
    /** RDF 1.2 reifiers: {@code zti:evidence/… rdf:reifies <<( s p o )>>}, the triple term only in object position. */
    RDF12,
    /** Plain statements in the document's named graph, their evidence nodes in a graph of their own (dataset formats only). */
    GRAPH;

    /** The option value: "none", "reified", "rdf12", "graph". */
    public String id() { return name().toLowerCase(Locale.ROOT); }

    /** The mode of an option value, case-insensitive. */
    public static Provenance of(String value) {
        for (Provenance p : values()) if (p.id().equals(value.strip().toLowerCase(Locale.ROOT))) return p;
        throw new io.zhitu.core.ZhituException("unknown provenance '" + value + "' (expected one of: none, reified, rdf12, graph)");
    }
}
