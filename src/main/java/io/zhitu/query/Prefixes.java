package io.zhitu.query;

import io.zhitu.pipeline.Vocab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prefixes a user may type in an IRI parameter and that tables show IRIs with: those of the
 * graph contract, plus {@code spdx:} and {@code wd:} for licences and Wikidata links.
 */
public final class Prefixes {
    private Prefixes() {}

    /** Prefix (without the colon) to namespace, in the order they are listed to users. */
    public static final Map<String, String> MAP;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("zt", Vocab.ZT);
        m.put("zti", Vocab.ZTI);
        m.put("schema", Vocab.SCHEMA);
        m.put("nif", Vocab.NIF);
        m.put("prov", Vocab.PROV);
        m.put("skos", Vocab.SKOS);
        m.put("owl", Vocab.OWL);
        m.put("rdfs", Vocab.RDFS);
        m.put("rdf", Vocab.RDF);
        m.put("xsd", Vocab.XSD);
        m.put("dcterms", Vocab.DCTERMS);
        m.put("spdx", Vocab.SPDX);
        m.put("wd", Vocab.WD);
        MAP = Collections.unmodifiableMap(m);
    }

    /** The namespace of a prefix, or null. */
    public static String namespace(String prefix) {
        return MAP.get(prefix);
    }

    /** {@code prefix:local} for an IRI in one of the namespaces (the longest that matches), else the IRI itself. */
    public static String abbreviate(String iri) {
        String best = null;
        String bestNs = "";
        for (Map.Entry<String, String> e : MAP.entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && iri.length() > ns.length() && ns.length() > bestNs.length()) {
                best = e.getKey();
                bestNs = ns;
            }
        }
        return best == null ? iri : best + ":" + iri.substring(bestNs.length());
    }

    /** The prefixes as a list for messages: {@code zt:, zti:, schema:, ...}. */
    public static String list() {
        return String.join(", ", MAP.keySet().stream().map(p -> p + ":").toList());
    }
}
