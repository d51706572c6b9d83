package io.zhitu.rdf;

import io.zhitu.core.Vocab;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes graphs so that the same graph always gives the same bytes: statements sorted, the contract's
 * prefixes declared. Turtle, TriG, N-Triples and N-Quads are written here, sorted; JSON-LD and
 * RDF/XML go through Jena's writers fed in sorted order. Triple formats get the union of the graphs.
 */
public final class RdfWriter {

    /** The prefixes of the contract, plus the vocabularies evidence and links use. */
    public static final PrefixMap PREFIXES = prefixes();

    private RdfWriter() {}

    private static PrefixMap prefixes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("zt", Vocab.ZT);
        m.put("zti", Vocab.ZTI);
        m.put("schema", Vocab.SCHEMA);
        m.put("rdf", Vocab.RDF);
        m.put("rdfs", Vocab.RDFS);
        m.put("owl", Vocab.OWL);
        m.put("skos", Vocab.SKOS);
        m.put("xsd", Vocab.XSD);
        m.put("prov", Vocab.PROV);
        m.put("dcterms", Vocab.DCTERMS);
        m.put("nif", Vocab.NIF);
        m.put("spdx", Vocab.SPDX);
        m.put("wd", Vocab.WD);
        PrefixMap pm = PrefixMapFactory.create();
        m.forEach(pm::add);
        return pm;
    }

    /** Refuses what a format cannot carry, before anything is written (see {@link RdfFormat#check}). */
    public static void check(RdfFormat format, Provenance provenance) {
        format.check(provenance);
    }

    /** Writes a dataset; triple formats get the union of its graphs. */
    public static void write(DatasetGraph ds, RdfFormat format, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            switch (format) {
                case NTRIPLES -> { for (String line : sortedLines(ds, false)) w.write(line); }
                case NQUADS -> w.write(nquads(ds));
                case TURTLE -> { header(w); turtleBlock(w, union(ds), ""); }
                case TRIG -> trig(ds, w);
                case JSONLD -> { w.flush(); RDFDataMgr.write(out, sortedCopy(ds), RDFFormat.JSONLD11_PRETTY); }
                case RDFXML -> { w.flush(); RDFDataMgr.write(out, sortedGraph(union(ds)), RDFFormat.RDFXML_PLAIN); }
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One document's N-Quads as {@code extract --output=nquads} writes them: its sorted lines, each with its
     * newline. The Spark job writes the same string, so a document's bytes do not depend on who extracted it.
     */
    public static String nquads(DatasetGraph ds) {
        TreeSet<String> lines = sortedLines(ds, true);
        StringBuilder b = new StringBuilder(lines.size() * 160);
        for (String line : lines) b.append(line);
        return b.toString();
    }

    /** The N-Triples or N-Quads lines of a dataset, sorted, each with its newline. */
    public static TreeSet<String> sortedLines(DatasetGraph ds, boolean quads) {
        TreeSet<String> lines = new TreeSet<>();
        Iterator<Quad> it = ds.find();
        // a node is written once per dataset, however many quads hold it (the graph name is in all of them)
        Map<Node, String> written = new IdentityHashMap<>();
        StringBuilder b = new StringBuilder(512); // one buffer for every line: it grows once, not per line
        while (it.hasNext()) {
            Quad q = it.next();
            b.setLength(0);
            b.append(nt(written, q.getSubject())).append(' ').append(nt(written, q.getPredicate())).append(' ').append(nt(written, q.getObject()));
            if (quads && !q.isDefaultGraph()) b.append(' ').append(nt(written, q.getGraph()));
            lines.add(b.append(" .\n").toString());
        }
        return lines;
    }

    private static String nt(Map<Node, String> written, Node n) {
        String s = written.get(n);
        if (s == null) written.put(n, s = nt(new StringBuilder(), n).toString());
        return s;
    }

    /**
     * A node in N-Triples syntax: written here rather than through Jena's formatter, which costs as much
     * as the rest of the graph building (the nodes zhitu makes are IRIs, plain, language-tagged and typed
     * literals, and RDF 1.2 triple terms).
     */
    static StringBuilder nt(StringBuilder b, Node n) {
        if (n.isURI()) {
            b.append('<');
            String u = n.getURI();
            int from = 0; // the chars since the last escape go in one append
            for (int i = 0; i < u.length(); i++) {
                char c = u.charAt(i);
                if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' || c == '\\') {
                    b.append(u, from, i).append(String.format("\\u%04X", (int) c));
                    from = i + 1;
                }
            }
            return b.append(u, from, u.length()).append('>');
        }
        if (n.isLiteral()) {
            b.append('"');
            String lex = n.getLiteralLexicalForm();
            int from = 0;
            for (int i = 0; i < lex.length(); i++) {
                String escape = switch (lex.charAt(i)) {
                    case '"' -> "\\\"";
                    case '\\' -> "\\\\";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    default -> null;
                };
                if (escape == null) continue;
                b.append(lex, from, i).append(escape);
                from = i + 1;
            }
            b.append(lex, from, lex.length()).append('"');
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return b.append('@').append(lang);
            String dt = n.getLiteralDatatypeURI();
            if (dt != null && !dt.equals(Vocab.XSD + "string")) b.append("^^<").append(dt).append('>');
            return b;
        }
        if (n.isTripleTerm()) {
            Triple t = n.getTriple();
            b.append("<<( ");
            nt(b, t.getSubject()).append(' ');
            nt(b, t.getPredicate()).append(' ');
            return nt(b, t.getObject()).append(" )>>");
        }
        return b.append(NodeFmtLib.strNT(n));
    }

    /** The prefix lines of Turtle and TriG. */
    public static void header(Writer w) throws IOException {
        for (Map.Entry<String, String> e : new TreeMap<>(PREFIXES.getMapping()).entrySet()) {
            w.write("@prefix " + e.getKey() + ": <" + e.getValue() + "> .\n");
        }
    }

    private static void trig(DatasetGraph ds, Writer w) throws IOException {
        header(w);
        graphs(ds, w);
    }

    /** The graph blocks of TriG, without the prefix lines (a stream of documents writes those once). */
    public static void writeGraphs(DatasetGraph ds, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        graphs(ds, w);
        w.flush();
    }

    private static void graphs(DatasetGraph ds, Writer w) throws IOException {
        Graph dft = ds.getDefaultGraph();
        if (!dft.isEmpty()) turtleBlock(w, dft, "");
        List<Node> names = new ArrayList<>();
        ds.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(RdfWriter::fmt));
        for (Node g : names) {
            Graph graph = ds.getGraph(g);
            if (graph.isEmpty()) continue;
            w.write("\n" + fmt(g) + " {");
            turtleBlock(w, graph, "    ");
            w.write("}\n");
        }
    }

    /** Subjects in a stable order: documents, then entities, then evidence nodes; predicates rdf:type first. */
    private static void turtleBlock(Writer w, Graph g, String indent) throws IOException {
        Map<String, Map<String, TreeSet<String>>> bySubject = new TreeMap<>(RdfWriter::compareSubjects);
        g.find().forEachRemaining(t -> bySubject
                .computeIfAbsent(fmt(t.getSubject()), k -> new TreeMap<>(RdfWriter::comparePredicates))
                .computeIfAbsent(t.getPredicate().equals(RDF_TYPE) ? "a" : fmt(t.getPredicate()), k -> new TreeSet<>())
                .add(fmt(t.getObject())));
        for (Map.Entry<String, Map<String, TreeSet<String>>> s : bySubject.entrySet()) {
            w.write("\n" + indent + s.getKey() + "\n");
            int i = 0, n = s.getValue().size();
            for (Map.Entry<String, TreeSet<String>> p : s.getValue().entrySet()) {
                w.write(indent + "    " + p.getKey() + " " + String.join(" , ", p.getValue()) + (++i == n ? " .\n" : " ;\n"));
            }
        }
    }

    private static final Node RDF_TYPE = org.apache.jena.graph.NodeFactory.createURI(Vocab.RDF + "type");

    private static int rank(String s) {
        if (s.startsWith("zti:doc/") || !s.startsWith("zti:") && !s.startsWith("<" + Vocab.ZTI) && s.startsWith("<")) return 0;
        if (s.startsWith("zti:evidence/") || s.startsWith("<" + Vocab.ZTI + "evidence/")) return 2;
        return 1;
    }

    private static int compareSubjects(String a, String b) {
        int c = Integer.compare(rank(a), rank(b));
        return c != 0 ? c : a.compareTo(b);
    }

    private static int comparePredicates(String a, String b) {
        if (a.equals(b)) return 0;
        if (a.equals("a")) return -1;
        if (b.equals("a")) return 1;
        return a.compareTo(b);
    }

    /** A node in Turtle syntax with the contract's prefixes. */
    public static String fmt(Node n) {
        return NodeFmtLib.str(n, PREFIXES);
    }

    private static Graph union(DatasetGraph ds) {
        Graph u = GraphFactory.createDefaultGraph();
        ds.find().forEachRemaining(q -> u.add(q.asTriple()));
        return u;
    }

    private static Graph sortedGraph(Graph g) {
        TreeMap<String, Triple> sorted = new TreeMap<>();
        g.find().forEachRemaining(t -> sorted.put(NodeFmtLib.strNT(t), t));
        Graph out = GraphFactory.createDefaultGraph();
        sorted.values().forEach(out::add);
        PREFIXES.getMapping().forEach(out.getPrefixMapping()::setNsPrefix);
        return out;
    }

    private static DatasetGraph sortedCopy(DatasetGraph ds) {
        TreeMap<String, Quad> sorted = new TreeMap<>();
        ds.find().forEachRemaining(q -> sorted.put(NodeFmtLib.strNQ(q.getSubject(), q.getPredicate(), q.getObject(), q.getGraph()), q));
        DatasetGraph out = DatasetGraphFactory.create();
        sorted.values().forEach(out::add);
        PREFIXES.getMapping().forEach(out.prefixes()::add);
        return out;
    }
}
