package io.zhitu.view;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The project's ontology ({@code ontology/zhitu.ttl} on the classpath): it names the classes and properties
 * of the contract in English and both Chinese scripts, which is what the legend and the statements are
 * written with. Read once.
 */
final class Ontology {
    private Ontology() {}

    static final String RESOURCE = "ontology/zhitu.ttl";

    private static Graph graph;

    static synchronized Graph graph() {
        if (graph == null) {
            Graph g = GraphFactory.createDefaultGraph();
            try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE + " (is ontology/ packaged?)");
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            graph = g;
        }
        return graph;
    }
}
