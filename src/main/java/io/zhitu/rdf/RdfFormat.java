package io.zhitu.rdf;

import io.zhitu.core.ZhituException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats, by the names Jena's {@code riot --output} uses. */
public enum RdfFormat {
    TURTLE("turtle", ".ttl", false, "ttl"),
    NTRIPLES("ntriples", ".nt", false, "nt", "n-triples"),
    NQUADS("nquads", ".nq", true, "nq", "n-quads"),
    TRIG("trig", ".trig", true),
    JSONLD("jsonld", ".jsonld", true, "json-ld"),
    RDFXML("rdfxml", ".rdf", false, "rdf/xml", "xml", "rdf");

    /** The option value. */
    public final String id;
    /** The usual file extension. */
    public final String extension;
    /** Whether the format carries named graphs (and so the document's graph name). */
    public final boolean dataset;
    private final List<String> aliases;

    RdfFormat(String id, String extension, boolean dataset, String... aliases) {
        this.id = id;
        this.extension = extension;
        this.dataset = dataset;
        this.aliases = List.of(aliases);
    }

    /** The format of an option value, case-insensitive, aliases included. */
    public static RdfFormat of(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (RdfFormat f : values()) if (f.id.equals(n) || f.aliases.contains(n)) return f;
        throw new ZhituException("unknown output format '" + name + "' (expected one of: " + names() + ")");
    }

    /**
     * Refuses a provenance mode this format cannot carry. Jena-free on purpose: commands check their
     * options before Jena's start-up (which runs on another thread) has finished.
     */
    public void check(Provenance provenance) {
        if (provenance == Provenance.GRAPH && !dataset) {
            throw new ZhituException("--provenance=graph needs a dataset format (trig, nquads or jsonld), not " + id);
        }
        if (provenance == Provenance.RDF12 && (this == JSONLD || this == RDFXML)) {
            throw new ZhituException(id + " cannot carry RDF 1.2 triple terms: use --provenance=reified with " + id);
        }
    }

    /** "turtle, ntriples, …". */
    public static String names() {
        return Arrays.stream(values()).map(f -> f.id).collect(Collectors.joining(", "));
    }
}
