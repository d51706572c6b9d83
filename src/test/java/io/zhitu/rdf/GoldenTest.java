package io.zhitu.rdf;

import io.zhitu.TestDocs;
import io.zhitu.core.Extraction;
import io.zhitu.core.Source;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden cases: each folder of {@code src/test/resources/golden} holds an {@code input.txt} and the
 * {@code expected.ttl} graph (statements, provenance none) reviewed by hand against the article.
 * The extracted graph must be isomorphic to it; a failure lists the missing and extra triples.
 */
class GoldenTest {

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/golden"))) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractedGraphIsTheReviewedOne(Path dir) throws IOException {
        Path input = dir.resolve("input.txt");
        Extraction x = TestDocs.pipeline().extract(new Source(input.toString(), Files.readAllBytes(input), null, null));
        DatasetGraph ds = new GraphBuilder(Provenance.NONE, false).build(x);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfWriter.write(ds, RdfFormat.TURTLE, out);
        Graph actual = parse(out.toByteArray());
        Graph expected = parse(Files.readAllBytes(dir.resolve("expected.ttl")));
        if (!actual.isIsomorphicWith(expected)) {
            fail(dir.getFileName() + ": graph differs from expected.ttl (expected " + expected.size() + " triples, got " + actual.size() + ")\n"
                    + "missing:\n" + lines(difference(expected, actual)) + "extra:\n" + lines(difference(actual, expected)));
        }
        assertTrue(actual.size() > 100, "a real graph");
    }

    static Graph parse(byte[] turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new java.io.ByteArrayInputStream(turtle)).lang(Lang.TURTLE).parse(g);
        return g;
    }

    private static List<Triple> difference(Graph a, Graph b) {
        return a.find().filterDrop(b::contains).toList();
    }

    private static String lines(List<Triple> ts) {
        TreeSet<String> s = new TreeSet<>();
        for (Triple t : ts) s.add("  " + RdfWriter.fmt(t.getSubject()) + " " + RdfWriter.fmt(t.getPredicate()) + " " + RdfWriter.fmt(t.getObject()) + " .\n");
        return String.join("", s);
    }
}
