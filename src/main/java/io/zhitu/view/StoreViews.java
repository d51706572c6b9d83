package io.zhitu.view;

import io.zhitu.core.ZhituException;
import io.zhitu.query.BundledQuery;
import io.zhitu.query.QueryResult;
import io.zhitu.query.QueryRunner;
import io.zhitu.rdf.GraphBuilder;
import io.zhitu.store.GraphStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.graph.GraphFactory;

import java.util.Map;
import java.util.stream.Collectors;

/** The three things a view draws from a store: all its documents, one document graph, or what a query constructs. */
public final class StoreViews {
    private StoreViews() {}

    /**
     * The document graphs of the store, as one graph (an entity named by many documents is one node).
     *
     * @param withReference also the bundled reference facts ({@code zti:graph/reference})
     */
    public static GraphView store(GraphStore store, boolean withReference, ViewLang lang, int maxNodes) {
        return gather(store, null, withReference, lang, maxNodes);
    }

    /**
     * One document graph of the store.
     *
     * @throws ZhituException when the store has no such graph
     */
    public static GraphView document(GraphStore store, Node graph, boolean withReference, ViewLang lang, int maxNodes) {
        return gather(store, graph, withReference, lang, maxNodes);
    }

    private static GraphView gather(GraphStore store, Node only, boolean withReference, ViewLang lang, int maxNodes) {
        Graph content = GraphFactory.createDefaultGraph();
        int[] documents = {0};
        Node reference = org.apache.jena.graph.NodeFactory.createURI(GraphBuilder.REFERENCE_GRAPH);
        store.forEachGraph(only, withReference, g -> {
            g.find().forEachRemaining(q -> content.add(q.asTriple()));
            if (!g.containsGraph(reference)) documents[0]++;
        });
        Map<String, String> words = ViewText.of(lang);
        String title = only != null
                ? words.get("documentTitle").replace("{iri}", GraphView.shortIri(only.getURI()))
                : words.get("storeTitle").replace("{store}", name(store)).replace("{n}", Integer.toString(documents[0]))
                        .replace("{documents}", words.get(documents[0] == 1 ? "documentOne" : "documentMany"));
        return GraphView.build(title, content, null, lang, maxNodes);
    }

    /** The store's folder name: the page may travel, the paths of this machine need not. */
    private static String name(GraphStore store) {
        java.nio.file.Path f = store.dir().toAbsolutePath().normalize().getFileName();
        return f == null ? store.dir().toString() : f.toString();
    }

    /**
     * The graph a CONSTRUCT or DESCRIBE query makes of the store, its nodes named, classed and given their
     * evidence from the whole store (a query need not carry them).
     *
     * @throws ZhituException for a query of another kind, and as {@link QueryRunner#run} does
     */
    public static GraphView query(GraphStore store, BundledQuery query, Map<String, String> params, long timeoutMillis,
                                  ViewLang lang, int maxNodes) {
        checkDraws(query);
        Map<String, String> words = ViewText.of(lang);
        String shown = params.isEmpty() ? query.name()
                : query.name() + " (" + params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")) + ")";
        String title = words.get("queryTitle").replace("{query}", shown);
        return store.read(() -> {
            QueryResult r = new QueryRunner(store.dataset()).run(query, params, timeoutMillis);
            Graph result = ((QueryResult.Triples) r).graph();
            Graph context = store.dataset().asDatasetGraph().getUnionGraph();
            return GraphView.build(title, result, context, lang, maxNodes);
        });
    }

    /**
     * Checks, before any store is opened, that a query makes a graph.
     *
     * @throws ZhituException {@code NAME: zhitu view draws the graph of a CONSTRUCT or DESCRIBE query, not of a SELECT}, or a syntax error
     */
    public static void checkDraws(BundledQuery query) {
        Query q = QueryRunner.parse(query);
        if (!q.isConstructType() && !q.isDescribeType()) {
            String kind = q.isSelectType() ? "SELECT" : q.isAskType() ? "ASK" : q.queryType().toString();
            throw new ZhituException(query.name() + ": zhitu view draws the graph of a CONSTRUCT or DESCRIBE query, not of " + ("ASK".equals(kind) ? "an " : "a ") + kind);
        }
    }
}
