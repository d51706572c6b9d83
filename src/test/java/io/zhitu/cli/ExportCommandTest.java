package io.zhitu.cli;

import io.zhitu.rdf.EvidenceForms;
import io.zhitu.rdf.Provenance;
import io.zhitu.rdf.RdfFormat;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** {@code zhitu export}: what it writes from the store is what extract writes, in every format and provenance form. */
class ExportCommandTest {

    @TempDir static Path tmp;
    static Path store;
    static String docIri;

    @BeforeAll
    static void extract() {
        store = tmp.resolve("store");
        CliRun.extractSample(store, "--with-reference");
        CliRun.Result r = CliRun.run("extract", "-q", "--no-store", "--output=nquads", "--provenance=none", CliRun.SAMPLE.toString());
        docIri = r.out().lines().filter(l -> l.contains("<https://schema.org/NewsArticle>")).findFirst().orElseThrow().split(" ")[0];
        docIri = docIri.substring(1, docIri.length() - 1);
    }

    /** Every format with every provenance form it can carry. */
    static Stream<Arguments> combinations() {
        List<Arguments> all = new ArrayList<>();
        for (RdfFormat f : RdfFormat.values()) {
            for (Provenance p : Provenance.values()) {
                try {
                    io.zhitu.rdf.RdfWriter.check(f, p);
                    all.add(Arguments.of(f.id, p.id()));
                } catch (io.zhitu.core.ZhituException e) {
                    // a combination extract refuses too
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("combinations")
    void exportIsWhatExtractWrites(String format, String provenance) {
        CliRun.Result extracted = CliRun.run("extract", "-q", "--no-store", "--output=" + format, "--provenance=" + provenance,
                CliRun.SAMPLE.toString());
        assertEquals(0, extracted.exit(), extracted::toString);
        CliRun.Result exported = CliRun.run("export", "--store=" + store, "--output=" + format, "--provenance=" + provenance);
        assertEquals(0, exported.exit(), exported::toString);
        assertEquals("", exported.err());
        assertEquals(extracted.out(), exported.out());
        // one document graph by its IRI, or by its prefixed name, is the same here
        CliRun.Result one = CliRun.run("export", "--store=" + store, "--output=" + format, "--provenance=" + provenance,
                "--graph=" + docIri.replace("https://w3id.org/zhitu/id/", "zti:"));
        assertEquals(extracted.out(), one.out());
    }

    @Test
    void withReferenceAsExtractWritesIt() {
        for (String format : List.of("trig", "turtle", "jsonld")) {
            CliRun.Result extracted = CliRun.run("extract", "-q", "--no-store", "--with-reference", "--output=" + format,
                    CliRun.SAMPLE.toString());
            CliRun.Result exported = CliRun.run("export", "--store=" + store, "--with-reference", "--output=" + format);
            assertEquals(extracted.out(), exported.out(), format);
        }
        // N-Quads streams graph by graph: the reference graph comes last, so the same quads, in another order
        CliRun.Result extracted = CliRun.run("extract", "-q", "--no-store", "--with-reference", "--output=nquads", CliRun.SAMPLE.toString());
        CliRun.Result exported = CliRun.run("export", "--store=" + store, "--with-reference", "--output=nquads");
        assertTrue(IsoMatcher.isomorphic(nquads(extracted.out()), nquads(exported.out())));
        assertTrue(exported.out().contains("<https://w3id.org/zhitu/id/graph/reference> .\n"));
        // without the option, no reference facts
        assertFalse(CliRun.run("export", "--store=" + store, "--output=nquads").out().contains("graph/reference"));
    }

    static DatasetGraph nquads(String s) {
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.fromString(s, Lang.NQUADS).parse(ds);
        return ds;
    }

    @Test
    void toAFile() throws Exception {
        Path out = tmp.resolve("out.trig");
        CliRun.Result r = CliRun.run("export", "--store=" + store, "--output=trig", "-o", out.toString());
        assertEquals(0, r.exit(), r::toString);
        assertEquals(0, r.bytes().length);
        assertTrue(Files.readString(out).contains("<" + docIri + "> {"));
    }

    @Test
    void anUnknownGraph() {
        CliRun.Result r = CliRun.run("export", "--store=" + store, "--graph=https://example.org/nope");
        assertEquals(1, r.exit(), r::toString);
        assertEquals("zhitu: " + store + ": the store has no graph <https://example.org/nope> (2 graphs, e.g. <" + docIri + ">)\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void usageErrors() {
        CliRun.Result r = CliRun.run("export", "--store=" + store, "--graph=not an iri");
        assertEquals(2, r.exit(), r::toString);
        assertEquals("zhitu: --graph 'not an iri' is not an absolute IRI (e.g. zti:doc/… or https://…)\n"
                + "Try 'zhitu export --help' for more information.\n", r.err());
        r = CliRun.run("export", "--store=" + store, "--provenance=graph");
        assertEquals(2, r.exit(), r::toString);
        assertEquals("zhitu: --provenance=graph needs a dataset format (trig, nquads or jsonld), not turtle\n"
                + "Try 'zhitu export --help' for more information.\n", r.err());
    }

    @Test
    void evidenceFormsOfAStatement() {
        String reified = """
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                <https://example.org/doc> { <https://example.org/a> <https://example.org/p> <https://example.org/b> .
                  <https://example.org/ev> a rdf:Statement ; rdf:subject <https://example.org/a> ; rdf:predicate <https://example.org/p> ; rdf:object <https://example.org/b> ; <https://example.org/rule> "r1" . }
                """;
        DatasetGraph in = DatasetGraphFactory.create();
        RDFParser.fromString(reified, Lang.TRIG).parse(in);
        assertTrue(IsoMatcher.isomorphic(in, EvidenceForms.fromReified(in, Provenance.REIFIED)));
        assertTrue(IsoMatcher.isomorphic(trig("<https://example.org/doc> { <https://example.org/a> <https://example.org/p> <https://example.org/b> . }"), EvidenceForms.fromReified(in, Provenance.NONE)));
        assertTrue(IsoMatcher.isomorphic(trig("""
                <https://example.org/doc> { <https://example.org/a> <https://example.org/p> <https://example.org/b> .
                  <https://example.org/ev> <http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies> <<( <https://example.org/a> <https://example.org/p> <https://example.org/b> )>> ; <https://example.org/rule> "r1" . }
                """), EvidenceForms.fromReified(in, Provenance.RDF12)));
        DatasetGraph graph = EvidenceForms.fromReified(in, Provenance.GRAPH);
        assertEquals(1, graph.getGraph(org.apache.jena.graph.NodeFactory.createURI("https://example.org/doc")).size());
        assertEquals(5, graph.getGraph(org.apache.jena.graph.NodeFactory.createURI(
                io.zhitu.rdf.GraphBuilder.evidenceGraph("https://example.org/doc"))).size());
        assertEquals(6, in.getGraph(org.apache.jena.graph.NodeFactory.createURI("https://example.org/doc")).size(), "the input is left as it was");
    }

    static DatasetGraph trig(String s) {
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.fromString(s, Lang.TRIG).parse(ds);
        return ds;
    }
}
