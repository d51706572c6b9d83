package io.zhitu.rdf;

import io.zhitu.core.Entity;
import io.zhitu.core.Evidence;
import io.zhitu.core.Extraction;
import io.zhitu.core.Mention;
import io.zhitu.core.Name;
import io.zhitu.core.Statement;
import io.zhitu.core.Value;
import io.zhitu.core.Vocab;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one {@link Extraction} into the contract graph: the document node, the entities it names
 * (types, labels in en / zh-Hans / zh-Hant, names seen as alt labels, Wikidata links), the statements
 * the text makes and, per {@link Provenance}, one evidence node for each (rule, sentence, offsets in the
 * original text, evidence text).
 *
 * <p>The result is a dataset whose named graph {@code <document IRI>} holds everything the document
 * says; reference facts (only when asked for) sit in {@link #REFERENCE_GRAPH}; in {@link Provenance#GRAPH}
 * mode the evidence nodes sit in {@link #evidenceGraph(String)}. Triple formats write the union.
 * Evidence IRIs are hashes of what they describe, so two runs give the same graph.
 */
public final class GraphBuilder {

    /** The graph of facts from the bundled reference data. */
    public static final String REFERENCE_GRAPH = Vocab.ZTI + "graph/reference";

    private static final Node RDF_TYPE = iri(Vocab.RDF + "type");
    private static final Node RDF_STATEMENT = iri(Vocab.RDF + "Statement");
    private static final Node RDF_SUBJECT = iri(Vocab.RDF + "subject");
    private static final Node RDF_PREDICATE = iri(Vocab.RDF + "predicate");
    private static final Node RDF_OBJECT = iri(Vocab.RDF + "object");
    private static final Node RDF_REIFIES = iri(Vocab.RDF + "reifies");
    private static final Node RDFS_LABEL = iri(Vocab.RDFS + "label");
    private static final Node SKOS_ALT = iri(Vocab.SKOS + "altLabel");
    private static final Node OWL_SAME_AS = iri(Vocab.OWL + "sameAs");
    private static final Node PROV_DERIVED = iri(Vocab.PROV + "wasDerivedFrom");
    private static final Node NIF_BEGIN = iri(Vocab.NIF + "beginIndex");
    private static final Node NIF_END = iri(Vocab.NIF + "endIndex");
    private static final Node NIF_ANCHOR = iri(Vocab.NIF + "anchorOf");
    private static final Node ZT_RULE = iri(Vocab.ZT + "rule");
    private static final Node ZT_SENTENCE = iri(Vocab.ZT + "sentence");
    private static final Node MENTIONS = iri(Vocab.MENTIONS);
    private static final Node ARCHITECTURE_CLASS = iri(Vocab.ARCHITECTURE_CLASS);
    private static final String XSD_NNI = Vocab.XSD + "nonNegativeInteger";

    private final Provenance provenance;
    private final boolean withReference;

    /**
     * @param provenance    how evidence is written
     * @param withReference whether the bundled reference facts about the document's entities go in too
     */
    public GraphBuilder(Provenance provenance, boolean withReference) {
        this.provenance = provenance;
        this.withReference = withReference;
    }

    /** The graph that holds the evidence nodes of a document in {@link Provenance#GRAPH} mode. */
    public static String evidenceGraph(String documentIri) {
        return Vocab.ZTI + "evidence-graph/" + hash(documentIri);
    }

    /** The graph of one document. */
    public DatasetGraph build(Extraction x) {
        DatasetGraph ds = DatasetGraphFactory.create();
        Node doc = iri(x.documentIri());
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : x.entities()) byId.put(e.id(), e);
        for (Entity e : x.referenceEntities()) byId.put(e.id(), e);
        Resolver r = new Resolver(doc, byId);

        ds.add(doc, doc, RDF_TYPE, iri(Vocab.NEWS_ARTICLE));

        // the entities the text names: type, labels, names seen, Wikidata
        Map<String, Set<Name>> seen = new HashMap<>();
        Set<String> mentioned = new LinkedHashSet<>();
        for (Mention m : x.mentions()) {
            seen.computeIfAbsent(m.entityId(), k -> new LinkedHashSet<>()).add(new Name(m.surface(), m.lang()));
            mentioned.add(m.entityId());
        }
        for (Entity e : x.entities()) describe(ds, doc, e, seen.getOrDefault(e.id(), Set.of()));
        for (String id : mentioned) if (byId.containsKey(id)) ds.add(doc, doc, MENTIONS, r.entity(id));

        Node evidenceGraph = provenance == Provenance.GRAPH ? iri(evidenceGraph(x.documentIri())) : doc;
        for (Statement s : x.statements()) {
            Node subject = r.entity(s.subject());
            Node predicate = iri(s.property());
            Node object = r.value(s.property(), s.object());
            ds.add(doc, subject, predicate, object);
            if (object.isURI() && s.property().equals(Vocab.ARCHITECTURE)) ds.add(doc, object, RDF_TYPE, ARCHITECTURE_CLASS);
            if (s.evidence() != null && provenance != Provenance.NONE) {
                evidence(ds, evidenceGraph, doc, x, subject, predicate, object, s.evidence());
            }
        }

        if (withReference && !x.reference().isEmpty()) {
            Node g = iri(REFERENCE_GRAPH);
            for (Entity e : x.referenceEntities()) describe(ds, g, e, Set.of());
            for (Statement s : x.reference()) {
                Node subject = r.entity(s.subject());
                Node object = r.value(s.property(), s.object());
                ds.add(g, subject, iri(s.property()), object);
                if (object.isURI() && s.property().equals(Vocab.ARCHITECTURE)) ds.add(g, object, RDF_TYPE, ARCHITECTURE_CLASS);
            }
        }
        return ds;
    }

    private void evidence(DatasetGraph ds, Node g, Node doc, Extraction x, Node s, Node p, Node o, Evidence ev) {
        String text = x.text();
        String key = String.join("\u0000", x.documentIri(), s.toString(), p.toString(), o.toString(),
                Integer.toString(ev.span().start()), Integer.toString(ev.span().end()), ev.rule());
        Node node = iri(Vocab.ZTI + "evidence/" + hash(key));
        if (provenance == Provenance.RDF12) {
            ds.add(g, node, RDF_REIFIES, NodeFactory.createTripleTerm(s, p, o));
        } else {
            ds.add(g, node, RDF_TYPE, RDF_STATEMENT);
            ds.add(g, node, RDF_SUBJECT, s);
            ds.add(g, node, RDF_PREDICATE, p);
            ds.add(g, node, RDF_OBJECT, o);
        }
        ds.add(g, node, PROV_DERIVED, doc);
        ds.add(g, node, ZT_RULE, NodeFactory.createLiteralString(ev.rule()));
        if (ev.sentence() >= 0) ds.add(g, node, ZT_SENTENCE, typed(Integer.toString(ev.sentence()), Vocab.XSD_INTEGER));
        ds.add(g, node, NIF_BEGIN, typed(Integer.toString(ev.span().start()), XSD_NNI));
        ds.add(g, node, NIF_END, typed(Integer.toString(ev.span().end()), XSD_NNI));
        ds.add(g, node, NIF_ANCHOR, NodeFactory.createLiteralString(ev.span().cut(text)));
    }

    /** Type, labels in the three scripts, the other names the text uses, and the Wikidata link. */
    private static void describe(DatasetGraph ds, Node g, Entity e, Set<Name> seen) {
        if (e == null) return;
        Node n = iri(Vocab.iriOf(e));
        ds.add(g, n, RDF_TYPE, iri(Vocab.classOf(e.kind())));
        List<Name> labels = new ArrayList<>();
        if (e.labelEn() != null) labels.add(new Name(e.labelEn(), "en"));
        if (e.labelHans() != null) labels.add(new Name(e.labelHans(), "zh-Hans"));
        if (e.labelHant() != null) labels.add(new Name(e.labelHant(), "zh-Hant"));
        for (Name l : labels) ds.add(g, n, RDFS_LABEL, lang(l.text(), l.lang()));
        for (Name s : seen) {
            String text = s.text().strip();
            if (text.isEmpty()) continue;
            boolean isLabel = labels.stream().anyMatch(l -> l.text().equals(text) && l.lang().equals(s.lang()));
            if (!isLabel) ds.add(g, n, SKOS_ALT, lang(text, s.lang()));
        }
        if (e.wikidata() != null && !e.wikidata().isBlank()) ds.add(g, n, OWL_SAME_AS, iri(Vocab.WD + e.wikidata()));
    }

    /** Maps ids and values to nodes. */
    private record Resolver(Node doc, Map<String, Entity> byId) {
        Node entity(String id) {
            if (id.equals(Statement.DOCUMENT)) return doc;
            Entity e = byId.get(id);
            return iri(e != null ? Vocab.iriOf(e) : Vocab.ZTI + id);
        }

        Node value(String property, Value v) {
            if (v instanceof Value.EntityRef ref) return entity(ref.id());
            Value.Literal l = (Value.Literal) v;
            // an individual of the ontology (zt:MixtureOfExperts) travels as a literal holding its IRI
            if (l.datatype() == null && l.lang() == null && l.lexical().startsWith(Vocab.ZT)) return iri(l.lexical());
            if (l.datatype() != null) return typed(l.lexical(), l.datatype());
            if (l.lang() != null && !l.lang().isEmpty()) return NodeFactory.createLiteralLang(l.lexical(), l.lang());
            return NodeFactory.createLiteralString(l.lexical());
        }
    }

    private static Node iri(String s) { return NodeFactory.createURI(s); }

    private static Node typed(String lexical, String datatype) {
        return LITERALS.get(lexical, datatype, true);
    }

    /** A literal with a language tag; labels come back document after document. */
    private static Node lang(String lexical, String lang) {
        return LITERALS.get(lexical, lang, false);
    }

    /**
     * Literals made once and handed out again: Jena parses the language tag and checks the lexical form of each new
     * literal, while labels, offsets and sentence numbers repeat across documents. Nodes are immutable, so sharing
     * them changes nothing written; the cache starts over when it has grown large.
     */
    private static final class LiteralCache {
        private record Key(String lexical, String langOrType, boolean typed) {}
        private static final int MAX = 100_000;
        private final java.util.concurrent.ConcurrentHashMap<Key, Node> nodes = new java.util.concurrent.ConcurrentHashMap<>();

        Node get(String lexical, String langOrType, boolean typed) {
            Key k = new Key(lexical, langOrType, typed);
            Node n = nodes.get(k);
            if (n != null) return n;
            n = typed ? NodeFactory.createLiteralDT(lexical, TypeMapper.getInstance().getSafeTypeByName(langOrType))
                    : NodeFactory.createLiteralLang(lexical, langOrType);
            if (nodes.size() >= MAX) nodes.clear();
            nodes.put(k, n);
            return n;
        }
    }

    private static final LiteralCache LITERALS = new LiteralCache();

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static String hash(String s) {
        byte[] d = SHA256.get().digest(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 8);
    }
}
