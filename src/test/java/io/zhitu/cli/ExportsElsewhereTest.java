package io.zhitu.cli;

import io.zhitu.bench.CorpusGenerator;
import io.zhitu.core.ZhituException;
import io.zhitu.rdf.Provenance;
import io.zhitu.rdf.RdfFormat;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Triple;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.ParseErrorCollector;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What zhitu writes is read as the same statements by a second RDF stack, Eclipse RDF4J's Rio parsers, in
 * every format and every provenance form, for the sample and for a 50-document generated corpus: a graph
 * that only Jena reads back is not an interchange format. Where RDF4J cannot read a form (RDF 1.2 triple
 * terms), the test pins exactly that, so that README's advice ("use reified or graph") stays true.
 */
class ExportsElsewhereTest {

    @TempDir static Path tmp;
    /** The store of each input, built once by extract; every combination is then exported from it. */
    static final Map<String, Path> STORES = new ConcurrentHashMap<>();
    /** Per input and provenance form: the dataset Jena reads from zhitu's N-Quads, the reference of the other formats. */
    static final Map<String, DatasetGraph> EXPECTED = new ConcurrentHashMap<>();

    @BeforeAll
    static void stores() {
        Path corpus = tmp.resolve("corpus");
        CorpusGenerator.standard().writeTo(corpus, 50, 42);
        for (Map.Entry<String, Path> in : Map.of("sample", CliRun.SAMPLE, "corpus", corpus).entrySet()) {
            Path store = tmp.resolve("store-" + in.getKey());
            CliRun.Result r = CliRun.run("extract", "-q", "--no-output", "--store=" + store, in.getValue().toString());
            assertEquals(0, r.exit(), r::toString);
            STORES.put(in.getKey(), store);
        }
    }

    /** Every format with every provenance form zhitu writes in it, for both inputs. */
    static Stream<Arguments> combinations() {
        List<Arguments> all = new ArrayList<>();
        for (String input : List.of("sample", "corpus")) {
            for (RdfFormat f : RdfFormat.values()) {
                for (Provenance p : Provenance.values()) {
                    try {
                        f.check(p);
                        all.add(Arguments.of(input, f, p));
                    } catch (ZhituException e) {
                        // refused by zhitu before any work: see refusedCombinations
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("combinations")
    void rdf4jReadsTheStatementsJenaWrote(String input, RdfFormat format, Provenance provenance) throws IOException {
        byte[] out = export(input, format, provenance);
        DatasetGraph expected = expected(input, provenance);
        if (!format.dataset) expected = union(expected);
        assertTrue(size(expected) > (input.equals("sample") ? 50 : 2000), "a real graph: " + size(expected));

        DatasetGraph jena = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(out)).lang(lang(format)).parse(jena);
        assertSameStatements(expected, jena, "Jena reads the " + format.id + " file as the statements of the N-Quads file");

        if (provenance == Provenance.RDF12) {
            rdf4jRefusesTripleTerms(format, out);
            return;
        }
        Model model = rdf4j(out, format);
        // the same number of statements, and the same statements: through a term-by-term conversion to Jena …
        assertEquals(size(expected), model.size());
        assertSameStatements(expected, toJena(model), "RDF4J reads the statements Jena reads");
        // … and without any conversion: RDF4J's own isomorphism against RDF4J's reading of zhitu's N-Quads
        Model reference = format.dataset ? rdf4jReference(input, provenance) : withoutGraphs(rdf4jReference(input, provenance));
        assertTrue(Models.isomorphic(reference, model), "RDF4J reads " + format.id + " as it reads N-Quads");
    }

    /**
     * RDF4J 5.2 reads no RDF 1.2 triple term {@code <<( s p o )>>} (its RDF-star syntax was {@code << s p o >>}):
     * it stops at the first one. This is the documented limitation: README sends RDF4J and GraphDB users to
     * {@code --provenance=reified} or {@code graph}. Should a later RDF4J read them, this fails and README changes.
     */
    static void rdf4jRefusesTripleTerms(RdfFormat format, byte[] out) {
        String text = new String(out, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        int first = 0;
        while (!lines.get(first).contains("<<(")) first++;
        RDFParseException e = assertThrows(RDFParseException.class, () -> rdf4j(out, format));
        assertEquals(first + 1, e.getLineNumber(), "RDF4J stops at the first triple term, line " + (first + 1) + ": " + lines.get(first));
        String expected = switch (format) {
            case TURTLE, TRIG -> "Expected an RDF value here, found '('";
            // the line parser takes "<<( <s>" for an IRI that holds a space (the message quotes the space as it is)
            case NTRIPLES, NQUADS -> "IRI included an unencoded space: " + " ";
            default -> throw new AssertionError(format + " cannot carry triple terms");
        };
        assertEquals(expected + " [line " + (first + 1) + "]", e.getMessage());
    }

    @Test
    void tripleTermsOnlyInObjectPositionAndOnlyWhereTheyCanBeWritten() {
        // a triple term as a subject is RDF 1.2 too, but Jena's own parsers and Fuseki refuse it: zhitu writes none
        for (String input : List.of("sample", "corpus")) {
            DatasetGraph ds = expected(input, Provenance.RDF12);
            long terms = ds.stream().filter(q -> q.getObject().isTripleTerm()).count();
            assertTrue(terms > (input.equals("sample") ? 20 : 1000), "every statement has its reifier: " + terms);
            ds.stream().forEach(q -> {
                assertFalse(q.getSubject().isTripleTerm() || q.getPredicate().isTripleTerm() || q.getGraph().isTripleTerm(), q::toString);
                if (q.getObject().isTripleTerm()) assertEquals("http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies", q.getPredicate().getURI());
            });
        }
    }

    @Test
    void refusedCombinations() {
        // JSON-LD and RDF/XML have no syntax for triple terms; triple formats have no graph for the evidence
        Map<String, String> refused = Map.of(
                "--output=jsonld --provenance=rdf12", "zhitu: jsonld cannot carry RDF 1.2 triple terms: use --provenance=reified with jsonld",
                "--output=rdfxml --provenance=rdf12", "zhitu: rdfxml cannot carry RDF 1.2 triple terms: use --provenance=reified with rdfxml",
                "--output=turtle --provenance=graph", "zhitu: --provenance=graph needs a dataset format (trig, nquads or jsonld), not turtle",
                "--output=ntriples --provenance=graph", "zhitu: --provenance=graph needs a dataset format (trig, nquads or jsonld), not ntriples",
                "--output=rdfxml --provenance=graph", "zhitu: --provenance=graph needs a dataset format (trig, nquads or jsonld), not rdfxml");
        int combinations = RdfFormat.values().length * Provenance.values().length;
        assertEquals(combinations - refused.size(), combinations().count() / 2);
        for (Map.Entry<String, String> c : refused.entrySet()) {
            String[] options = c.getKey().split(" ");
            CliRun.Result r = CliRun.run("export", "--store=" + STORES.get("sample"), options[0], options[1]);
            assertEquals(2, r.exit(), r::toString);
            assertEquals(c.getValue(), r.err().lines().findFirst().orElseThrow());
            assertEquals("", r.out());
        }
    }

    /**
     * Fuseki (Jena's server) takes every provenance form, RDF 1.2 triple terms included, through {@code zhitu push}
     * of the TriG export: what arrives, graph by graph, is what the export holds. (Jena on both sides, but
     * through HTTP and the Graph Store Protocol, as a team server gets it.)
     */
    @Test
    void fusekiTakesEveryProvenanceFormThroughPush() throws IOException {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", remote, true).build().start();
        try {
            for (Provenance p : Provenance.values()) {
                Path file = tmp.resolve("push-" + p.id() + ".trig");
                Files.write(file, export("sample", RdfFormat.TRIG, p));
                Txn.executeWrite(remote, remote::clear);
                CliRun.Result r = CliRun.run("push", "-q", "--endpoint=http://127.0.0.1:" + fuseki.getPort() + "/ds/data", file.toString());
                assertEquals(0, r.exit(), r::toString);
                DatasetGraph arrived = DatasetGraphFactory.create();
                Txn.executeRead(remote, () -> remote.find().forEachRemaining(arrived::add));
                assertSameStatements(expected("sample", p), arrived, "Fuseki holds the " + p.id() + " export");
            }
        } finally {
            fuseki.stop();
        }
    }

    // ------------------------------------------------------------------ helpers

    static byte[] export(String input, RdfFormat format, Provenance provenance) {
        CliRun.Result r = CliRun.run("export", "--store=" + STORES.get(input), "--output=" + format.id, "--provenance=" + provenance.id());
        assertEquals(0, r.exit(), r::toString);
        return r.bytes();
    }

    static DatasetGraph expected(String input, Provenance provenance) {
        return EXPECTED.computeIfAbsent(input + " " + provenance, k -> {
            DatasetGraph ds = DatasetGraphFactory.create();
            RDFParser.source(new ByteArrayInputStream(export(input, RdfFormat.NQUADS, provenance))).lang(Lang.NQUADS).parse(ds);
            return ds;
        });
    }

    /** RDF4J's reading of zhitu's N-Quads, per input and provenance form. */
    static final Map<String, Model> RDF4J_REFERENCE = new ConcurrentHashMap<>();

    static Model rdf4jReference(String input, Provenance provenance) {
        return RDF4J_REFERENCE.computeIfAbsent(input + " " + provenance, k -> {
            try {
                return rdf4j(export(input, RdfFormat.NQUADS, provenance), RdfFormat.NQUADS);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** What a triple format carries of a dataset: every statement, in no graph. */
    static DatasetGraph union(DatasetGraph ds) {
        DatasetGraph u = DatasetGraphFactory.create();
        ds.stream().forEach(q -> u.add(Quad.create(Quad.defaultGraphIRI, q.asTriple())));
        return u;
    }

    /**
     * Isomorphism of two datasets. zhitu writes no blank node (every node has its IRI), and between ground
     * datasets isomorphism is equality of the sets of quads: checked so, it is fast on a corpus and names what
     * differs. Blank nodes, should they ever come, go to Jena's isomorphism test.
     */
    static void assertSameStatements(DatasetGraph expected, DatasetGraph actual, String what) {
        if (hasBlankNodes(expected) || hasBlankNodes(actual)) {
            assertTrue(IsoMatcher.isomorphic(expected, actual), what);
            return;
        }
        Set<Quad> a = expected.stream().collect(Collectors.toSet());
        Set<Quad> b = actual.stream().collect(Collectors.toSet());
        List<Quad> missing = a.stream().filter(q -> !b.contains(q)).limit(5).toList();
        List<Quad> extra = b.stream().filter(q -> !a.contains(q)).limit(5).toList();
        assertTrue(missing.isEmpty() && extra.isEmpty(), () -> what + ": missing " + missing + ", extra " + extra);
        assertEquals(a.size(), b.size(), what);
    }

    static boolean hasBlankNodes(DatasetGraph ds) {
        return ds.stream().anyMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank() || q.getGraph().isBlank());
    }

    static long size(DatasetGraph ds) {
        return ds.stream().count();
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

    static org.eclipse.rdf4j.rio.RDFFormat rio(RdfFormat f) {
        return switch (f) {
            case TURTLE -> org.eclipse.rdf4j.rio.RDFFormat.TURTLE;
            case NTRIPLES -> org.eclipse.rdf4j.rio.RDFFormat.NTRIPLES;
            case NQUADS -> org.eclipse.rdf4j.rio.RDFFormat.NQUADS;
            case TRIG -> org.eclipse.rdf4j.rio.RDFFormat.TRIG;
            case JSONLD -> org.eclipse.rdf4j.rio.RDFFormat.JSONLD;
            case RDFXML -> org.eclipse.rdf4j.rio.RDFFormat.RDFXML;
        };
    }

    /** RDF4J's parser for the format, with its default settings (as a user's load would run it); errors stop it. */
    static Model rdf4j(byte[] bytes, RdfFormat format) throws IOException {
        org.eclipse.rdf4j.rio.RDFParser parser = Rio.createParser(rio(format));
        parser.setParseErrorListener(new ParseErrorCollector());
        Model m = new LinkedHashModel();
        parser.setRDFHandler(new StatementCollector(m));
        parser.parse(new ByteArrayInputStream(bytes), "");
        return m;
    }

    static Model withoutGraphs(Model m) {
        Model out = new LinkedHashModel();
        SimpleValueFactory vf = SimpleValueFactory.getInstance();
        for (Statement s : m) out.add(vf.createStatement(s.getSubject(), s.getPredicate(), s.getObject()));
        return out;
    }

    /** RDF4J's statements as Jena quads, term by term. */
    static DatasetGraph toJena(Model m) {
        DatasetGraph ds = DatasetGraphFactory.create();
        for (Statement s : m) {
            Node g = s.getContext() == null ? Quad.defaultGraphIRI : node(s.getContext());
            ds.add(g, node(s.getSubject()), node(s.getPredicate()), node(s.getObject()));
        }
        return ds;
    }

    static Node node(Value v) {
        if (v instanceof IRI i) return NodeFactory.createURI(i.stringValue());
        if (v instanceof BNode b) return NodeFactory.createBlankNode(b.getID());
        if (v instanceof Triple t) return NodeFactory.createTripleTerm(node(t.getSubject()), node(t.getPredicate()), node(t.getObject()));
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent()) return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
    }
}
