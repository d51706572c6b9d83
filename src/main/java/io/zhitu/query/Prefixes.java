package io.zhitu.query;

import io.zhitu.rdf.RdfWriter;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The prefixes a user may type in an IRI parameter and that tables show IRIs with: those of the
 * graph contract and of exports, {@code spdx:} and {@code wd:} included.
 */
public final class Prefixes {
    private Prefixes() {}

    /** Prefix (without the colon) to namespace, sorted by prefix: those {@link RdfWriter} writes exports with. */
    public static final Map<String, String> MAP = Collections.unmodifiableMap(new TreeMap<>(RdfWriter.PREFIXES.getMapping()));

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
