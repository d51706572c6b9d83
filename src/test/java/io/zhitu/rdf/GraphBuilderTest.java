package io.zhitu.rdf;

import io.zhitu.TestDocs;
import io.zhitu.core.Extraction;
import io.zhitu.core.Source;
import io.zhitu.core.Vocab;
import io.zhitu.core.ZhituException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The graph of the sample in every provenance mode and format: contract shape, evidence offsets, determinism. */
class GraphBuilderTest {
    static Extraction sample;

    @BeforeAll
    static void extract() throws IOException {
        sample = TestDocs.pipeline().extract(new Source(TestDocs.SAMPLE.toString(), Files.readAllBytes(TestDocs.SAMPLE), null, null));
    }

    static byte[] write(DatasetGraph ds, RdfFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfWriter.write(ds, f, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(Provenance.class)
    void conformsToTheShippedShapes(Provenance p) {
        DatasetGraph ds = new GraphBuilder(p, true).build(sample);
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        Graph union = ds.getUnionGraph();
        ValidationReport report = ShaclValidator.get().validate(shapes, union);
        if (!report.conforms()) {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            ShLib.printReport(new java.io.PrintStream(o), report);
            fail(o.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyEvidenceSpanCutFromTheOriginalTextIsItsAnchor() {
        DatasetGraph ds = new GraphBuilder(Provenance.REIFIED, false).build(sample);
        Dataset d = DatasetFactory.wrap(ds);
        String q = "PREFIX nif: <" + Vocab.NIF + "> PREFIX zt: <" + Vocab.ZT + "> "
                + "SELECT ?e ?b ?x ?a ?r WHERE { GRAPH ?g { ?e nif:beginIndex ?b ; nif:endIndex ?x ; nif:anchorOf ?a ; zt:rule ?r } }";
        int n = 0;
        String text = sample.text();
        try (QueryExecution qe = QueryExecution.dataset(d).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                int b = s.getLiteral("b").getInt(), e = s.getLiteral("x").getInt();
                assertTrue(0 <= b && b < e && e <= text.length(), "span " + b + ".." + e);
                assertEquals(text.substring(b, e), s.getLiteral("a").getString(), "evidence " + s.get("e") + " of rule " + s.get("r"));
                n++;
            }
        }
        assertEquals(sample.statements().size(), n, "one evidence node per statement");
        assertTrue(n >= 25);
    }

    @Test
    void statementsLiveInTheDocumentsGraphAndReferenceFactsApart() {
        DatasetGraph ds = new GraphBuilder(Provenance.REIFIED, true).build(sample);
        Node doc = NodeFactory.createURI(sample.documentIri());
        Node ref = NodeFactory.createURI(GraphBuilder.REFERENCE_GRAPH);
        Node kimi = NodeFactory.createURI(Vocab.ZTI + "model/kimi");
        Node moonshot = NodeFactory.createURI(Vocab.ZTI + "org/moonshot");
        Node dev = NodeFactory.createURI(Vocab.DEVELOPED_BY);
        // the sample never says who makes Kimi: only the reference data does
        assertFalse(ds.contains(doc, kimi, dev, moonshot));
        assertTrue(ds.contains(ref, kimi, dev, moonshot));
        DatasetGraph noRef = new GraphBuilder(Provenance.REIFIED, false).build(sample);
        assertFalse(noRef.containsGraph(ref));
        assertTrue(ds.contains(doc, NodeFactory.createURI(Vocab.ZTI + "model/qwen3"), dev, NodeFactory.createURI(Vocab.ZTI + "org/alibaba")));
    }

    @Test
    void rdf12PutsTheTripleTermOnlyInObjectPositionAndJenaReadsItBack() {
        DatasetGraph ds = new GraphBuilder(Provenance.RDF12, false).build(sample);
        List<Quad> reifies = new ArrayList<>();
        ds.find().forEachRemaining(q -> {
            assertFalse(q.getSubject().isTripleTerm(), "triple term in subject position");
            if (q.getObject().isTripleTerm()) reifies.add(q);
        });
        assertEquals(sample.statements().size(), reifies.size());
        for (RdfFormat f : List.of(RdfFormat.TURTLE, RdfFormat.TRIG, RdfFormat.NQUADS, RdfFormat.NTRIPLES)) {
            DatasetGraph back = DatasetGraphFactory.create();
            RDFParser.source(new ByteArrayInputStream(write(ds, f))).lang(lang(f)).parse(back);
            assertTrue(everything(back).isIsomorphicWith(everything(ds)), f.id);
        }
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void everyFormatIsDeterministicAndReadsBackToTheSameGraph(RdfFormat f) {
        Provenance p = f.dataset ? Provenance.GRAPH : Provenance.REIFIED;
        DatasetGraph a = new GraphBuilder(p, true).build(sample);
        DatasetGraph b = new GraphBuilder(p, true).build(sample);
        byte[] first = write(a, f);
        assertArrayEquals(first, write(b, f), "same input, same bytes");
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(first)).lang(lang(f)).parse(back);
        assertTrue(everything(back).isIsomorphicWith(everything(a)), "round trip");
        if (f.dataset) {
            Node doc = NodeFactory.createURI(sample.documentIri());
            assertTrue(back.containsGraph(doc), "the document's graph is named by its IRI");
            assertFalse(back.getGraph(doc).isEmpty());
        }
    }

    @Test
    void formatsThatCannotCarryAModeSaySo() {
        ZhituException e = assertThrows(ZhituException.class, () -> RdfWriter.check(RdfFormat.TURTLE, Provenance.GRAPH));
        assertEquals("--provenance=graph needs a dataset format (trig, nquads or jsonld), not turtle", e.getMessage());
        e = assertThrows(ZhituException.class, () -> RdfWriter.check(RdfFormat.JSONLD, Provenance.RDF12));
        assertEquals("jsonld cannot carry RDF 1.2 triple terms: use --provenance=reified with jsonld", e.getMessage());
        assertDoesNotThrow(() -> RdfWriter.check(RdfFormat.TRIG, Provenance.RDF12));
    }

    /** Every triple of a dataset, default graph included. */
    static Graph everything(DatasetGraph ds) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        ds.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    static Lang lang(RdfFormat f) {
        return switch (f) {
            case TURTLE -> Lang.TURTLE;
            case NTRIPLES -> Lang.NTRIPLES;
            case NQUADS -> Lang.NQUADS;
            case TRIG -> Lang.TRIG;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
        };
    }
}
