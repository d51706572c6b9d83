package io.zhitu.cli;

import io.zhitu.TestDocs;
import io.zhitu.core.Vocab;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** {@code zhitu extract} as a user runs it: outputs, options, and every kind of bad input. */
class ExtractCommandTest {
    @TempDir Path dir;

    static final String SAMPLE = TestDocs.SAMPLE.toString();
    static final String QWEN3 = Vocab.ZTI + "model/qwen3";
    static final String ALIBABA = Vocab.ZTI + "org/alibaba";

    static Graph turtle(String s) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(s, Lang.TURTLE).parse(g);
        return g;
    }

    static boolean has(Graph g, String s, String p, String o) {
        return g.contains(NodeFactory.createURI(s), NodeFactory.createURI(p), NodeFactory.createURI(o));
    }

    private List<String> filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void sampleToTurtleOnStdout() {
        Run r = Run.of("extract", "--no-store", SAMPLE);
        assertEquals(0, r.exit(), r.err());
        Graph g = turtle(r.out());
        assertTrue(has(g, QWEN3, Vocab.DEVELOPED_BY, ALIBABA));
        assertTrue(r.out().startsWith("@prefix dcterms: <http://purl.org/dc/terms/> ."));
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().matches("zhitu: 1 document, \\d+ statements, \\d+ entities, 0 failed, [0-9.]+ s\\R"), r.err());
    }

    @Test
    void optionsOfTheScoringHookWriteNTriplesWithoutEvidence() throws IOException {
        Path out = dir.resolve("x.nt");
        Run r = Run.of("extract", "--no-store", "--output=ntriples", "--provenance=none", "-o", out.toString(), SAMPLE);
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        String nt = Files.readString(out);
        assertTrue(nt.contains("<" + QWEN3 + "> <" + Vocab.DEVELOPED_BY + "> <" + ALIBABA + "> ."));
        assertFalse(nt.contains(Vocab.NIF), "no evidence with --provenance=none");
        assertEquals(List.of("x.nt"), filesIn(dir), "no temporary file left");
    }

    @Test
    void datasetFormatsNameTheDocumentsGraph() {
        Run r = Run.of("extract", "--no-store", "--output=trig", "--provenance=graph", "--url=https://example.org/news/1", SAMPLE);
        assertEquals(0, r.exit(), r.err());
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.fromString(r.out(), Lang.TRIG).parse(ds);
        Graph doc = ds.getGraph(NodeFactory.createURI("https://example.org/news/1"));
        assertTrue(has(doc, QWEN3, Vocab.DEVELOPED_BY, ALIBABA));
        assertTrue(has(doc, "https://example.org/news/1", Vocab.RDF + "type", Vocab.NEWS_ARTICLE));
    }

    @Test
    void sameInputSameBytes() throws IOException {
        for (String f : List.of("turtle", "nquads", "jsonld")) {
            Path a = dir.resolve("a." + f), b = dir.resolve("b." + f);
            assertEquals(0, Run.of("extract", "-q", "--no-store", "--output=" + f, "-o", a.toString(), SAMPLE).exit());
            assertEquals(0, Run.of("extract", "-q", "--no-store", "--output=" + f, "-o", b.toString(), SAMPLE).exit());
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), f);
        }
    }

    @Test
    void standardInput() throws IOException {
        Run r = Run.withInput(new ByteArrayInputStream(Files.readAllBytes(TestDocs.SAMPLE)), "extract", "-q", "--no-store", "-");
        assertEquals(0, r.exit(), r.err());
        assertTrue(has(turtle(r.out()), QWEN3, Vocab.DEVELOPED_BY, ALIBABA));
        assertEquals("", r.err());
    }

    /** A bad input: one line naming it and the cause, exit 1, no output file. */
    private void refused(Path input, String expected, String... extra) throws IOException {
        Path out = dir.resolve("out.ttl");
        String[] args = Stream.concat(Stream.of("extract", "--no-store", "-o", out.toString()),
                Stream.concat(Stream.of(extra), Stream.of(input.toString()))).toArray(String[]::new);
        Run r = Run.of(args);
        assertEquals(1, r.exit());
        assertEquals(List.of("zhitu: " + input + ": " + expected), r.errLines());
        assertEquals("", r.out());
        assertFalse(Files.exists(out), "no output file");
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".part")), "no temporary file left");
        }
    }

    @Test
    void missingFile() throws IOException {
        refused(dir.resolve("missing.txt"), "no such file");
    }

    @Test
    void emptyFolder() throws IOException {
        Path d = Files.createDirectory(dir.resolve("folder"));
        refused(d, "is a folder with no files to read");
    }

    @Test
    void emptyFile() throws IOException {
        refused(Files.createFile(dir.resolve("empty.txt")), "empty file");
    }

    @Test
    void binaryFile() throws IOException {
        byte[] b = new byte[4096];
        new java.util.Random(7).nextBytes(b);
        refused(Files.write(dir.resolve("image.png"), b), "binary file, not text or HTML");
    }

    @Test
    void undecodableBytes() throws IOException {
        Path p = Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0xff, (byte) 0xff, (byte) 0xfe, (byte) 0xfe, (byte) 0x81, 0x30});
        refused(p, "cannot decode (not UTF-8, GB18030 or Big5)");
        refused(p, "cannot decode as UTF-8 (byte offset 0)", "--encoding=UTF-8");
    }

    @Test
    void htmlWithoutText() throws IOException {
        Path p = Files.writeString(dir.resolve("empty.html"), "<html><head><script>var a = 1;</script></head><body><div></div></body></html>");
        refused(p, "HTML page has no text");
    }

    @Test
    void fiftyMegabytes() throws IOException {
        Path p = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024 + 1);
        }
        refused(p, "too large (52428801 bytes; the limit is 52428800)");
    }

    @Test
    void badFilesAreReportedAndTheOthersStillProcessed() throws IOException {
        Path out = dir.resolve("out.nq");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Run r = Run.of("extract", "--no-store", "--output=nquads", "-o", out.toString(), empty.toString(), SAMPLE);
        assertEquals(1, r.exit(), "some failed");
        assertEquals("zhitu: " + empty + ": empty file", r.errLines().get(0));
        assertTrue(r.errLines().get(1).startsWith("zhitu: 1 document, "), r.err());
        assertTrue(r.errLines().get(1).contains(", 1 failed,"), r.err());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("<" + QWEN3 + "> <" + Vocab.DEVELOPED_BY + "> <" + ALIBABA + ">"));
    }

    @Test
    void unknownOutputFormatIsAUsageError() {
        Run r = Run.of("extract", "--no-store", "--output=xml2", SAMPLE);
        assertEquals(2, r.exit());
        assertEquals(List.of("zhitu: Invalid value for option '--output': unknown output format 'xml2' (expected one of: turtle, ntriples, nquads, trig, jsonld, rdfxml)",
                "Try 'zhitu extract --help' for more information."), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void modeAFormatCannotCarryIsAUsageError() {
        Run r = Run.of("extract", "--no-store", "--provenance=graph", SAMPLE);
        assertEquals(2, r.exit());
        assertEquals("zhitu: --provenance=graph needs a dataset format (trig, nquads or jsonld), not turtle", r.errLines().get(0));
        r = Run.of("extract", "--no-store", "--provenance=rdf12", "--output=jsonld", SAMPLE);
        assertEquals(2, r.exit());
        assertEquals("zhitu: jsonld cannot carry RDF 1.2 triple terms: use --provenance=reified with jsonld", r.errLines().get(0));
    }

    @Test
    void urlMustBeAnAbsoluteIri() {
        Run r = Run.of("extract", "--no-store", "--url=news/1.html", SAMPLE);
        assertEquals(2, r.exit());
        assertEquals("zhitu: --url 'news/1.html' is not an absolute IRI (e.g. https://example.org/news/1)", r.errLines().get(0));
    }

    @Test
    void versionHelpAndNoCommand() {
        Run v = Run.of("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("zhitu 0.1.0\n"), v.out());
        Run h = Run.of("extract", "--help");
        assertEquals(0, h.exit());
        assertTrue(h.out().contains("--provenance=MODE"), h.out());
        Run none = Run.of();
        assertEquals(2, none.exit());
        assertTrue(none.err().startsWith("zhitu: a command is missing"), none.err());
    }

    @Test
    void unexpectedErrorsAreOneLineWithoutTraceUnlessAsked() {
        Run r = Run.of("extract", "--no-store", "--threads=0", SAMPLE);
        assertEquals(2, r.exit());
        assertEquals("zhitu: --threads must be at least 1", r.errLines().get(0));
    }

    @Test
    void foldersListsAndGlobs() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus/sub"));
        Files.copy(TestDocs.SAMPLE, corpus.resolve("a.txt"));
        Files.copy(TestDocs.SAMPLE, dir.resolve("corpus/b.txt"));
        Files.writeString(dir.resolve("corpus/.hidden.txt"), "not read");
        Path list = Files.writeString(dir.resolve("list.txt"), "# the corpus\n" + corpus.resolve("a.txt") + "\n");
        Run r = Run.of("extract", "--no-store", "--output=nquads", dir.resolve("corpus").toString(), "@" + list, dir + "/corpus/**.txt");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().startsWith("zhitu: 5 documents, "), r.err());
    }
}
