package io.zhitu.spark;

import io.zhitu.bench.CorpusGenerator;
import io.zhitu.cli.Run;
import io.zhitu.load.Inputs;
import io.zhitu.rdf.GraphBuilder;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The Spark job in local mode ({@code local[2]}) against {@code zhitu extract --output=nquads} on the same inputs:
 * every document's N-Quads byte for byte, each part in path order, failures listed and never in the graph.
 */
class ExtractJobTest {
    private static final String[] SMALL = {"samples", "src/test/resources/dev", "src/test/resources/golden/sample/input.txt"};

    private static SparkSession spark;

    @TempDir Path dir;

    @BeforeAll
    static void start() {
        spark = ExtractJob.localSession(2);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    record Job(int exit, String out, String err) {
        List<String> errLines() { return err.lines().toList(); }
    }

    static Job job(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit = ExtractJob.run(spark, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Job(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String[] args(String[] head, String... inputs) {
        List<String> a = new ArrayList<>(List.of(head));
        a.add("--input");
        a.addAll(List.of(inputs));
        return a.toArray(String[]::new);
    }

    /** What extract writes for the inputs (all of it, with its exit code checked by the caller). */
    private Run cli(Path nq, String provenance, String... inputs) {
        List<String> a = new ArrayList<>(List.of("extract", "--no-store", "--output=nquads", "--provenance=" + provenance, "-o", nq.toString()));
        a.addAll(List.of(inputs));
        return Run.of(a.toArray(String[]::new));
    }

    @Test
    void sampleAndDevelopmentSetGiveExtractsBytesPerDocument() throws IOException {
        for (String provenance : List.of("reified", "graph")) {
            Path out = dir.resolve("out-" + provenance), nq = dir.resolve("cli-" + provenance + ".nq");
            Job j = job(args(new String[] {"--output", out.toString(), "--provenance=" + provenance}, SMALL));
            assertEquals(0, j.exit(), j.err());
            assertTrue(j.err().startsWith("zhitu: 6 documents, "), j.err());
            assertTrue(j.err().contains(" 0 failed, "), j.err());
            assertEquals(0, cli(nq, provenance, SMALL).exit());
            assertSameDocuments(Files.readString(nq), out, List.of(SMALL), 6);
            assertEquals("", Files.readString(out.resolve("_failed")));
            assertTrue(Files.exists(out.resolve("_SUCCESS")));
        }
    }

    @Test
    void generatedCorpusWithOneBadFile() throws IOException {
        Path corpus = dir.resolve("corpus");
        CorpusGenerator.standard().writeTo(corpus, 300, 7);
        Path bad = Files.write(corpus.resolve("scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        Path out = dir.resolve("out"), nq = dir.resolve("cli.nq");

        Job j = job("--output", out.toString(), "--partitions", "5", "--input", corpus.toString());
        String badLine = "file:" + bad.toAbsolutePath() + ": binary file, not text or HTML";
        assertEquals(1, j.exit(), "a failed input makes the exit code 1, as in extract\n" + j.err());
        assertEquals(badLine + "\n", Files.readString(out.resolve("_failed")));
        assertEquals("zhitu: " + badLine, j.errLines().get(0));

        Run cli = cli(nq, "reified", corpus.toString());
        assertEquals(1, cli.exit());
        assertTrue(cli.errLines().contains("zhitu: " + bad + ": binary file, not text or HTML"), cli.err());
        assertSameDocuments(Files.readString(nq), out, List.of(corpus.toString()), 300);
        assertEquals(List.of("part-00000", "part-00001", "part-00002", "part-00003", "part-00004"),
                parts(out).stream().map(p -> p.getFileName().toString()).toList());

        // the same figures as extract's summary
        Matcher ours = Pattern.compile("^zhitu: 300 documents, (\\d+) statements, 1 failed, [0-9.]+ s \\(output: .*, 5 part files\\)$", Pattern.MULTILINE).matcher(j.err());
        Matcher theirs = Pattern.compile("^zhitu: 300 documents, (\\d+) statements, ", Pattern.MULTILINE).matcher(cli.err());
        assertTrue(ours.find(), j.err());
        assertTrue(theirs.find(), cli.err());
        assertEquals(theirs.group(1), ours.group(1));

        // zhitu load takes the folder as the job left it (_SUCCESS, _failed, checksum files beside the parts)
        Path store = dir.resolve("store");
        Run load = Run.of("load", "--store=" + store, out.toString());
        assertEquals(0, load.exit(), load.err());
        assertTrue(load.err().startsWith("zhitu: loaded "), load.err());
        assertTrue(load.err().contains(" from 5 files into "), load.err());
        Run export = Run.of("export", "--output=nquads", "--store=" + store);
        assertEquals(0, export.exit(), export.err());
        assertEquals(new TreeSet<>(Files.readString(nq).lines().toList()), new TreeSet<>(export.out().lines().toList()));
    }

    @Test
    void sameInputsAndPartitionsGiveTheSameBytes() throws IOException {
        Path one = dir.resolve("one"), two = dir.resolve("two");
        assertEquals(0, job(args(new String[] {"-q", "--partitions", "3", "--output", one.toString()}, SMALL)).exit());
        assertEquals(0, job(args(new String[] {"-q", "--partitions", "3", "--output", two.toString()}, SMALL)).exit());
        List<Path> a = parts(one), b = parts(two);
        assertEquals(3, a.size());
        for (int i = 0; i < a.size(); i++) assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
    }

    @Test
    void aMissingInputIsListedAndTheOthersAreWritten() throws IOException {
        Path out = dir.resolve("out");
        Job j = job("--output", out.toString(), "--input", "samples/netease-beyond-deepseek.zh-Hant.txt", "samples/none.txt");
        assertEquals(1, j.exit(), j.err());
        assertEquals("samples/none.txt: no such file\n", Files.readString(out.resolve("_failed")));
        assertEquals("zhitu: samples/none.txt: no such file", j.errLines().get(0));
        assertTrue(j.errLines().get(1).startsWith("zhitu: 1 document, "), j.err());
    }

    @Test
    void errorsAreOneLineAndWriteNothing() throws IOException {
        Path out = dir.resolve("out");
        Job format = job("--output", out.toString(), "--output-format=turtle", "--input", "samples");
        assertEquals(2, format.exit());
        assertEquals("zhitu: --output-format=turtle: the job writes nquads only (one document's graph per record)", format.errLines().get(0));

        Job noOutput = job("--input", "samples");
        assertEquals(2, noOutput.exit());
        assertEquals("zhitu: Missing required option: '--output=DIR'", noOutput.errLines().get(0));

        Job provenance = job("--output", out.toString(), "--provenance=maybe", "--input", "samples");
        assertEquals(2, provenance.exit());
        assertTrue(provenance.errLines().get(0).contains("unknown provenance 'maybe' (expected one of: none, reified, rdf12, graph)"), provenance.err());

        Job missing = job("--output", out.toString(), "--input", "samples/none.txt");
        assertEquals(List.of("zhitu: samples/none.txt: no such file"), missing.errLines());
        assertEquals(1, missing.exit());
        assertFalse(Files.exists(out));

        Path empty = Files.createDirectories(dir.resolve("empty"));
        Job none = job("--output", dir.resolve("from-empty").toString(), "--input", empty.toString());
        assertEquals(1, none.exit());
        assertEquals(List.of("zhitu: the inputs hold no file to read"), none.errLines());

        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");
        Job exists = job("--output", out.toString(), "--input", "samples");
        assertEquals(1, exists.exit());
        assertEquals(List.of("zhitu: " + out + ": already exists (the job writes a new folder)"), exists.errLines());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(out.resolve("keep.txt")), s.toList());
        }
    }

    // ---- comparing the job's parts with extract's output

    static List<Path> parts(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    /** One document's lines as written: its graph (evidence graphs count as their document's) and its text. */
    record Block(String document, String text) {}

    private static final Pattern GRAPH = Pattern.compile(" <([^<>]*)> \\.$");

    /**
     * A stream of N-Quads cut into its documents' blocks: a block ends where the document changes, or where the
     * sorted order of its lines starts again (the same document twice in a row).
     */
    static List<Block> blocks(String nquads) {
        List<String> lines = nquads.lines().toList();
        Map<String, String> evidenceToDoc = new HashMap<>();
        for (String l : lines) {
            String g = graph(l);
            evidenceToDoc.put(GraphBuilder.evidenceGraph(g), g);
        }
        List<Block> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String doc = null, previous = null;
        for (String l : lines) {
            String g = graph(l);
            String d = evidenceToDoc.getOrDefault(g, g);
            if (doc != null && (!d.equals(doc) || l.compareTo(previous) <= 0)) {
                out.add(new Block(doc, text.toString()));
                text.setLength(0);
            }
            doc = d;
            previous = l;
            text.append(l).append('\n');
        }
        if (doc != null) out.add(new Block(doc, text.toString()));
        return out;
    }

    static String graph(String line) {
        Matcher m = GRAPH.matcher(line);
        assertTrue(m.find(), "a quad in a named graph: " + line);
        return m.group(1);
    }

    /**
     * The job's output holds exactly extract's documents, each one's block byte for byte what extract wrote for it,
     * each part's documents in the order of their paths, and nothing but parts, _SUCCESS and _failed (and hidden files).
     */
    static void assertSameDocuments(String cliOutput, Path out, List<String> inputs, int documents) throws IOException {
        List<Block> expected = blocks(cliOutput);
        assertEquals(documents, expected.size());
        // extract writes documents in input order: which path each document came from
        List<String> files = Inputs.expand(inputs).stream().filter(f -> !f.endsWith(".png")).toList();
        assertEquals(documents, files.size());
        Map<String, List<String>> pathsOf = new HashMap<>();
        Map<String, List<String>> want = new TreeMap<>(), got = new TreeMap<>();
        for (int i = 0; i < expected.size(); i++) {
            pathsOf.computeIfAbsent(expected.get(i).document(), k -> new ArrayList<>()).add(Path.of(files.get(i)).toAbsolutePath().normalize().toString());
            want.computeIfAbsent(expected.get(i).document(), k -> new ArrayList<>()).add(expected.get(i).text());
        }
        for (Path part : parts(out)) {
            List<String> paths = new ArrayList<>();
            for (Block b : blocks(Files.readString(part))) {
                got.computeIfAbsent(b.document(), k -> new ArrayList<>()).add(b.text());
                List<String> p = pathsOf.get(b.document());
                if (p != null && p.size() == 1) paths.add(p.get(0));
            }
            assertEquals(new ArrayList<>(new TreeSet<>(paths)), paths, part + ": documents in path order");
        }
        assertEquals(want.keySet(), got.keySet());
        for (String d : want.keySet()) assertEquals(want.get(d), got.get(d), d);
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                assertTrue(n.startsWith("part-") || n.equals("_SUCCESS") || n.equals("_failed") || n.startsWith("."), "unexpected in the output: " + n);
            }
        }
    }
}
