package io.zhitu.view;

import io.zhitu.core.Vocab;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a page draws, worked out from a graph once so that the page's script only has to draw it.
 *
 * <p>The nodes are the things statements are about: every subject, and every object that is an IRI or a
 * blank node, except the classes of {@code rdf:type} (they colour the nodes instead) and the Wikidata twins
 * of {@code owl:sameAs} (listed with the node: drawn, they would double the nodes and say nothing). The
 * edges are the statements between two nodes. Evidence nodes ({@code rdf:Statement}s) are neither: they
 * are the sentences shown with the statements they support. Past {@code maxNodes}, the nodes with the most
 * edges are drawn, with the edges among them, since a picture of a few thousand dots shows nothing.
 */
public final class GraphView {

    /** How many nodes a page draws unless told otherwise: a force layout of this many stays quick in a browser. */
    public static final int DEFAULT_MAX_NODES = 500;

    static final Node RDF_TYPE = NodeFactory.createURI(Vocab.RDF + "type");
    static final Node RDF_STATEMENT = NodeFactory.createURI(Vocab.RDF + "Statement");
    static final Node RDF_SUBJECT = NodeFactory.createURI(Vocab.RDF + "subject");
    static final Node RDF_PREDICATE = NodeFactory.createURI(Vocab.RDF + "predicate");
    static final Node RDF_OBJECT = NodeFactory.createURI(Vocab.RDF + "object");
    static final Node RDF_REIFIES = NodeFactory.createURI(Vocab.RDF + "reifies");
    static final Node OWL_SAME_AS = NodeFactory.createURI(Vocab.OWL + "sameAs");
    static final Node PROV_DERIVED = NodeFactory.createURI(Vocab.PROV + "wasDerivedFrom");
    static final Node NIF_ANCHOR = NodeFactory.createURI(Vocab.NIF + "anchorOf");
    static final Node NIF_BEGIN = NodeFactory.createURI(Vocab.NIF + "beginIndex");
    static final Node NIF_END = NodeFactory.createURI(Vocab.NIF + "endIndex");
    static final Node ZT_RULE = NodeFactory.createURI(Vocab.ZT + "rule");
    static final Node ZT_SENTENCE = NodeFactory.createURI(Vocab.ZT + "sentence");

    /** The contract's classes, in the order the legend lists them, each with its colour (a node of several classes takes the first). */
    static final Map<String, String> CLASS_COLOURS = classColours();
    /** Colours for classes outside the contract, in the order of their IRIs. */
    static final List<String> OTHER_COLOURS = List.of("#5d7092", "#b6a2de", "#2ec7c9", "#d87a80", "#8d98b3", "#e5cf0d", "#97b552", "#95706d", "#dc69aa", "#07a2a4");
    /** The colour of nodes of no class. */
    static final String NO_CLASS_COLOUR = "#a0a0a0";

    private static Map<String, String> classColours() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(Vocab.ORGANIZATION, "#5470c6");
        m.put(Vocab.AI_MODEL, "#ee6666");
        m.put(Vocab.PERSON, "#91cc75");
        m.put(Vocab.COUNTRY_CLASS, "#fac858");
        m.put(Vocab.LICENSE_CLASS, "#73c0de");
        m.put(Vocab.PLATFORM, "#3ba272");
        m.put(Vocab.BENCHMARK, "#fc8452");
        m.put(Vocab.REPORT, "#9a60b4");
        m.put(Vocab.NEWS_ARTICLE, "#7f8c8d");
        m.put(Vocab.ARCHITECTURE_CLASS, "#ea7ccc");
        return m;
    }

    /** A class of nodes: its IRI ("" for nodes of no class), its name in the view's language, its colour. */
    public record Category(String iri, String name, String colour) {}

    /**
     * A node, drawn or only named by a statement of a drawn node.
     *
     * @param key      its IRI, or {@code _:label} for a blank node
     * @param label    its name in the view's language
     * @param category index into {@link #categories()}
     * @param degree   its number of edges in the whole graph
     * @param size     its symbol's size in pixels, growing with the degree
     * @param names    its other names, each [text, language tag]
     * @param sameAs   the IRIs it is {@code owl:sameAs}
     */
    public record Term(String key, String label, int category, int degree, int size, List<List<String>> names, List<String> sameAs) {}

    /** An edge drawn between two drawn nodes (indexes into {@link #terms()}) by a predicate (index into {@link #predicates()}). */
    public record Edge(int source, int target, int predicate) {}

    /** A predicate: its IRI and its name in the view's language. */
    public record Predicate(String iri, String label) {}

    /**
     * The text that states a statement: the sentence's words ({@code nif:anchorOf}), the document (index into
     * {@link #terms()}, or -1), the sentence's index in it, the character offsets, the rule; null where the graph has none.
     */
    public record Evidence(String text, int document, Long sentence, Long begin, Long end, String rule) {}

    /**
     * A statement about a drawn node: subject (a term), predicate, and an object that is a term ({@code object >= 0})
     * or a literal ({@code object == -1}, with its text and its language tag or datatype), with its evidence.
     */
    public record Statement(int subject, int predicate, int object, String literal, String literalTag, List<Integer> evidence) {}

    private final String title;
    private final ViewLang lang;
    private final int maxNodes;
    private final int totalNodes;
    private final int totalEdges;
    private final int shownNodes;
    private final List<Category> categories;
    private final List<Term> terms;
    private final List<Edge> edges;
    private final List<Predicate> predicates;
    private final List<Statement> statements;
    private final List<Evidence> evidence;

    private GraphView(String title, ViewLang lang, int maxNodes, int totalNodes, int totalEdges, int shownNodes,
                      List<Category> categories, List<Term> terms, List<Edge> edges, List<Predicate> predicates,
                      List<Statement> statements, List<Evidence> evidence) {
        this.title = title;
        this.lang = lang;
        this.maxNodes = maxNodes;
        this.totalNodes = totalNodes;
        this.totalEdges = totalEdges;
        this.shownNodes = shownNodes;
        this.categories = List.copyOf(categories);
        this.terms = List.copyOf(terms);
        this.edges = List.copyOf(edges);
        this.predicates = List.copyOf(predicates);
        this.statements = List.copyOf(statements);
        this.evidence = List.copyOf(evidence);
    }

    public String title() { return title; }
    public ViewLang lang() { return lang; }
    public int maxNodes() { return maxNodes; }
    /** The nodes of the whole graph. */
    public int totalNodes() { return totalNodes; }
    /** The edges of the whole graph. */
    public int totalEdges() { return totalEdges; }
    /** The nodes drawn: the first this many of {@link #terms()}. */
    public int shownNodes() { return shownNodes; }
    /** The edges drawn. */
    public int shownEdges() { return edges.size(); }
    /** Whether only part of the graph is drawn. */
    public boolean limited() { return shownNodes < totalNodes; }
    public List<Category> categories() { return categories; }
    public List<Term> terms() { return terms; }
    public List<Edge> edges() { return edges; }
    public List<Predicate> predicates() { return predicates; }
    public List<Statement> statements() { return statements; }
    public List<Evidence> evidence() { return evidence; }

    /** A node's symbol size for a degree: the area grows with the degree, within 8 to 48 pixels. */
    static int size(int degree) {
        return (int) Math.min(48, Math.round(8 + 6 * Math.sqrt(degree)));
    }

    /**
     * The view of a graph.
     *
     * @param title    what the page says it shows
     * @param content  the graph drawn (evidence nodes in it are used as evidence, not drawn)
     * @param context  where the names, classes and evidence of the content's nodes are also looked for (the
     *                 store a query ran on), or null
     * @param lang     the language of the names
     * @param maxNodes the most nodes drawn (at least 1)
     */
    public static GraphView build(String title, Graph content, Graph context, ViewLang lang, int maxNodes) {
        if (maxNodes < 1) throw new IllegalArgumentException("maxNodes must be at least 1, not " + maxNodes);
        return new Builder(content, context == content ? null : context, lang).build(title, maxNodes);
    }

    /** A node's sort key and name in the output: its IRI, or {@code _:label}. */
    static String key(Node n) {
        return n.isURI() ? n.getURI() : "_:" + n.getBlankNodeLabel();
    }

    private static final class Builder {
        private final Graph content;
        private final Graph context;
        private final Graph[] all;
        private final ViewLang lang;

        private final Set<Node> nodes = new HashSet<>();
        private final Set<Triple> edgeTriples = new HashSet<>();
        private final Set<Triple> literalTriples = new HashSet<>();
        private final Map<Node, Integer> degree = new HashMap<>();

        Builder(Graph content, Graph context, ViewLang lang) {
            this.content = content;
            this.context = context;
            this.all = context == null ? new Graph[] {content} : new Graph[] {content, context};
            this.lang = lang;
        }

        private boolean isEvidence(Node s) {
            return content.contains(s, RDF_TYPE, RDF_STATEMENT) || content.contains(s, RDF_SUBJECT, Node.ANY)
                    || content.contains(s, RDF_PREDICATE, Node.ANY) || content.contains(s, RDF_OBJECT, Node.ANY)
                    || content.contains(s, RDF_REIFIES, Node.ANY);
        }

        GraphView build(String title, int maxNodes) {
            Map<Node, Boolean> evidenceSubject = new HashMap<>();
            content.find().forEachRemaining(t -> {
                Node s = t.getSubject();
                if (evidenceSubject.computeIfAbsent(s, this::isEvidence)) return;
                nodes.add(s);
                Node p = t.getPredicate();
                Node o = t.getObject();
                if (p.equals(RDF_TYPE)) return;
                if (o.isLiteral()) {
                    if (!p.equals(Labels.RDFS_LABEL) && !p.equals(Labels.SKOS_ALT)) literalTriples.add(t);
                    return;
                }
                if (p.equals(OWL_SAME_AS)) return;
                nodes.add(o);
                edgeTriples.add(t);
            });
            for (Triple t : edgeTriples) {
                degree.merge(t.getSubject(), 1, Integer::sum);
                if (!t.getObject().equals(t.getSubject())) degree.merge(t.getObject(), 1, Integer::sum);
            }

            // the nodes by degree, then IRI; the first maxNodes are drawn
            List<Node> ranked = new ArrayList<>(nodes);
            ranked.sort(Comparator.comparing((Node n) -> -degree.getOrDefault(n, 0)).thenComparing(GraphView::key));
            List<Node> shown = ranked.subList(0, Math.min(maxNodes, ranked.size()));
            Set<Node> shownSet = new HashSet<>(shown);

            // the statements of the drawn nodes, sorted; the terms they name
            Comparator<Triple> order = Comparator.comparing((Triple t) -> key(t.getSubject()))
                    .thenComparing(t -> t.getPredicate().getURI())
                    .thenComparing(t -> t.getObject().isLiteral() ? "\"" + t.getObject().toString() : key(t.getObject()));
            List<Triple> stated = new ArrayList<>();
            for (Triple t : edgeTriples) if (shownSet.contains(t.getSubject()) || shownSet.contains(t.getObject())) stated.add(t);
            for (Triple t : literalTriples) if (shownSet.contains(t.getSubject())) stated.add(t);
            stated.sort(order);

            Map<Node, Integer> termIndex = new LinkedHashMap<>();
            for (Node n : shown) termIndex.put(n, termIndex.size());
            TreeMap<String, Node> more = new TreeMap<>();
            for (Triple t : stated) {
                for (Node n : List.of(t.getSubject(), t.getObject())) {
                    if (!n.isLiteral() && !termIndex.containsKey(n)) more.put(key(n), n);
                }
            }
            more.values().forEach(n -> termIndex.put(n, termIndex.size()));

            // evidence, per statement; their documents become terms too
            Map<Triple, List<Node>> evidenceOf = new HashMap<>();
            TreeMap<String, Node> documents = new TreeMap<>();
            for (Triple t : stated) {
                List<Node> ev = evidenceNodes(t);
                evidenceOf.put(t, ev);
                for (Node e : ev) {
                    Node doc = one(e, PROV_DERIVED);
                    if (doc != null && !doc.isLiteral() && !termIndex.containsKey(doc)) documents.put(key(doc), doc);
                }
            }
            documents.values().forEach(n -> termIndex.put(n, termIndex.size()));

            // classes
            Map<Node, String> classOf = new HashMap<>();
            Set<String> classes = new TreeSet<>();
            for (Node n : termIndex.keySet()) {
                String c = classOf(n);
                classOf.put(n, c);
                classes.add(c);
            }
            List<String> classOrder = new ArrayList<>();
            for (String c : CLASS_COLOURS.keySet()) if (classes.contains(c)) classOrder.add(c);
            for (String c : classes) if (!c.isEmpty() && !CLASS_COLOURS.containsKey(c)) classOrder.add(c);
            if (classes.contains("")) classOrder.add("");
            List<Category> categories = new ArrayList<>();
            Map<String, Integer> categoryIndex = new HashMap<>();
            Set<String> usedNames = new HashSet<>();
            int other = 0;
            for (String c : classOrder) {
                String colour = c.isEmpty() ? NO_CLASS_COLOUR
                        : CLASS_COLOURS.containsKey(c) ? CLASS_COLOURS.get(c) : OTHER_COLOURS.get(other++ % OTHER_COLOURS.size());
                String name = c.isEmpty() ? ViewText.of(lang).get("noClass")
                        : Labels.pick(NodeFactory.createURI(c), lang, Ontology.graph(), content, context);
                if (!usedNames.add(name)) {
                    name = name + " (" + Labels.localName(NodeFactory.createURI(c)) + ")";
                    usedNames.add(name);
                }
                categoryIndex.put(c, categories.size());
                categories.add(new Category(c, name, colour));
            }

            List<Term> terms = new ArrayList<>();
            for (Node n : termIndex.keySet()) {
                String label = Labels.pick(n, lang, content, context, Ontology.graph());
                List<List<String>> names = new ArrayList<>();
                TreeSet<String> seen = new TreeSet<>();
                for (Node p : List.of(Labels.RDFS_LABEL, Labels.SCHEMA_NAME, Labels.SKOS_ALT)) {
                    List<Node> ls = new ArrayList<>(Labels.literals(n, p, all));
                    ls.sort(Comparator.comparing((Node l) -> l.getLiteralLanguage()).thenComparing(Node::getLiteralLexicalForm));
                    for (Node l : ls) {
                        String text = l.getLiteralLexicalForm().strip();
                        if (text.equals(label) || !seen.add(text + "@" + l.getLiteralLanguage())) continue;
                        names.add(List.of(text, l.getLiteralLanguage()));
                    }
                }
                TreeSet<String> sameAs = new TreeSet<>();
                for (Graph g : all) g.find(n, OWL_SAME_AS, Node.ANY).forEachRemaining(t -> {
                    if (t.getObject().isURI()) sameAs.add(t.getObject().getURI());
                });
                int d = degree.getOrDefault(n, 0);
                terms.add(new Term(key(n), label, categoryIndex.get(classOf.get(n)), d, size(d), names, List.copyOf(sameAs)));
            }

            // predicates, by IRI
            TreeSet<String> predicateIris = new TreeSet<>();
            for (Triple t : stated) predicateIris.add(t.getPredicate().getURI());
            List<Predicate> predicates = new ArrayList<>();
            Map<String, Integer> predicateIndex = new HashMap<>();
            for (String p : predicateIris) {
                predicateIndex.put(p, predicates.size());
                predicates.add(new Predicate(p, predicateLabel(p)));
            }

            // evidence, numbered in the order of the statements
            List<Evidence> evidence = new ArrayList<>();
            Map<Node, Integer> evidenceIndex = new HashMap<>();
            List<Statement> statements = new ArrayList<>();
            for (Triple t : stated) {
                List<Integer> ev = new ArrayList<>();
                for (Node e : evidenceOf.get(t)) {
                    Integer i = evidenceIndex.get(e);
                    if (i == null) {
                        i = evidence.size();
                        evidenceIndex.put(e, i);
                        evidence.add(evidence(e, termIndex));
                    }
                    ev.add(i);
                }
                Node o = t.getObject();
                int s = termIndex.get(t.getSubject());
                int p = predicateIndex.get(t.getPredicate().getURI());
                if (o.isLiteral()) {
                    String tag = !o.getLiteralLanguage().isEmpty() ? "@" + o.getLiteralLanguage()
                            : o.getLiteralDatatypeURI() == null || o.getLiteralDatatypeURI().equals(Vocab.XSD + "string") ? ""
                            : shortIri(o.getLiteralDatatypeURI());
                    statements.add(new Statement(s, p, -1, o.getLiteralLexicalForm(), tag, ev));
                } else {
                    statements.add(new Statement(s, p, termIndex.get(o), null, null, ev));
                }
            }

            List<Edge> edges = new ArrayList<>();
            for (Triple t : stated) {
                if (t.getObject().isLiteral()) continue;
                if (shownSet.contains(t.getSubject()) && shownSet.contains(t.getObject())) {
                    edges.add(new Edge(termIndex.get(t.getSubject()), termIndex.get(t.getObject()), predicateIndex.get(t.getPredicate().getURI())));
                }
            }
            return new GraphView(title, lang, maxNodes, nodes.size(), edgeTriples.size(), shown.size(),
                    categories, terms, edges, predicates, statements, evidence);
        }

        /** The evidence nodes of a statement in any of the graphs, in the order of their document, offsets, rule and IRI. */
        private List<Node> evidenceNodes(Triple t) {
            Set<Node> found = new HashSet<>();
            for (Graph g : all) {
                g.find(Node.ANY, RDF_SUBJECT, t.getSubject()).forEachRemaining(x -> {
                    Node e = x.getSubject();
                    if (g.contains(e, RDF_PREDICATE, t.getPredicate()) && g.contains(e, RDF_OBJECT, t.getObject())) found.add(e);
                });
            }
            List<Node> out = new ArrayList<>(found);
            out.sort(Comparator.comparing((Node e) -> text(one(e, PROV_DERIVED)))
                    .thenComparing(e -> number(one(e, NIF_BEGIN)), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(e -> number(one(e, NIF_END)), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(e -> text(one(e, ZT_RULE)))
                    .thenComparing(GraphView::key));
            return out;
        }

        private Evidence evidence(Node e, Map<Node, Integer> termIndex) {
            Node doc = one(e, PROV_DERIVED);
            Node anchor = one(e, NIF_ANCHOR);
            Node rule = one(e, ZT_RULE);
            return new Evidence(anchor != null && anchor.isLiteral() ? anchor.getLiteralLexicalForm() : null,
                    doc == null || doc.isLiteral() ? -1 : termIndex.get(doc),
                    number(one(e, ZT_SENTENCE)), number(one(e, NIF_BEGIN)), number(one(e, NIF_END)),
                    rule != null && rule.isLiteral() ? rule.getLiteralLexicalForm() : null);
        }

        /** The least value of {@code p} on {@code s} in any of the graphs, or null. */
        private Node one(Node s, Node p) {
            Node best = null;
            for (Graph g : all) {
                var it = g.find(s, p, Node.ANY);
                while (it.hasNext()) {
                    Node o = it.next().getObject();
                    if (best == null || o.toString().compareTo(best.toString()) < 0) best = o;
                }
            }
            return best;
        }

        private static String text(Node n) {
            return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : key(n);
        }

        private static Long number(Node n) {
            if (n == null || !n.isLiteral()) return null;
            try {
                return Long.parseLong(n.getLiteralLexicalForm().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** The node's class: the first of the contract's that it has, else the least IRI, else "" (none). */
        private String classOf(Node n) {
            TreeSet<String> types = new TreeSet<>();
            for (Graph g : all) g.find(n, RDF_TYPE, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI()) types.add(t.getObject().getURI());
            });
            for (String c : CLASS_COLOURS.keySet()) if (types.contains(c)) return c;
            return types.isEmpty() ? "" : types.first();
        }

        private String predicateLabel(String iri) {
            Node p = NodeFactory.createURI(iri);
            List<Node> names = Labels.literals(p, Labels.RDFS_LABEL, Ontology.graph(), content, context);
            String chosen = Labels.choose(names, lang);
            return chosen != null ? chosen : shortIri(iri);
        }
    }

    /**
     * An IRI with the contract's prefixes ({@code zt:developedBy}, {@code zti:doc/…}: for people, so a slash
     * in the local part is fine), the longest namespace winning; or as it is.
     */
    static String shortIri(String iri) {
        String best = null;
        String prefix = null;
        for (Map.Entry<String, String> e : new TreeMap<>(io.zhitu.rdf.RdfWriter.PREFIXES.getMapping()).entrySet()) {
            String ns = e.getValue();
            if (iri.length() > ns.length() && iri.startsWith(ns) && (best == null || ns.length() > best.length())) {
                best = ns;
                prefix = e.getKey();
            }
        }
        return best == null ? iri : prefix + ":" + iri.substring(best.length());
    }
}
