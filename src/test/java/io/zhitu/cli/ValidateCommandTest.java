package io.zhitu.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** {@code zhitu validate}: the contract's shapes on a file or the store, and a report a person reads. */
class ValidateCommandTest {

    @TempDir static Path tmp;
    static Path store;

    static final String PREFIXES = """
            @prefix zt: <https://w3id.org/zhitu/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix schema: <https://schema.org/> .
            """;

    @BeforeAll
    static void extract() {
        store = tmp.resolve("store");
        CliRun.extractSample(store, "--with-reference");
    }

    @Test
    void theSampleInTheStoreConforms() {
        CliRun.Result r = CliRun.run("validate", "--store=" + store);
        assertEquals(0, r.exit(), r::toString);
        assertEquals("conforms\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void theSampleConformsInOtherFormatsAndForms() throws Exception {
        for (String[] f : new String[][] {{"trig", "rdf12"}, {"nquads", "graph"}, {"jsonld", "reified"}, {"rdfxml", "none"}}) {
            Path file = tmp.resolve("sample" + io.zhitu.rdf.RdfFormat.of(f[0]).extension);
            CliRun.Result e = CliRun.run("export", "--store=" + store, "--output=" + f[0], "--provenance=" + f[1], "-o", file.toString());
            assertEquals(0, e.exit(), e::toString);
            CliRun.Result r = CliRun.run("validate", file.toString());
            assertEquals("conforms\n", r.out(), () -> f[0] + " " + f[1] + ": " + r.out());
            assertEquals(0, r.exit());
        }
    }

    @Test
    void aNonNumericParameterCountIsAViolation() throws Exception {
        Path file = Files.writeString(tmp.resolve("broken.ttl"), PREFIXES + """
                <https://w3id.org/zhitu/id/model/qwen3> a zt:AIModel ; rdfs:label "Qwen3"@en ;
                    zt:totalParameters "abc" .
                """);
        CliRun.Result r = CliRun.run("validate", file.toString());
        assertEquals(1, r.exit(), r::toString);
        assertEquals("zti:model/qwen3  zt:totalParameters  zt:totalParameters must be a positive xsd:long (the exact count)\n"
                + "1 violation\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void violationsAreSortedAndCounted() throws Exception {
        Path file = Files.writeString(tmp.resolve("two.ttl"), PREFIXES + """
                <https://w3id.org/zhitu/id/person/x> a schema:Person .
                <https://w3id.org/zhitu/id/org/y> a schema:Organization ; rdfs:label "Y" .
                """);
        CliRun.Result r = CliRun.run("validate", file.toString());
        assertEquals(1, r.exit(), r::toString);
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        assertTrue(lines[0].startsWith("zti:org/y  rdfs:label  "), lines[0]);
        assertTrue(lines[1].startsWith("zti:person/x  rdfs:label  "), lines[1]);
        assertEquals("2 violations", lines[2]);
    }

    @Test
    void aSyntaxErrorIsOneLineWithLineAndColumn() throws Exception {
        Path file = Files.writeString(tmp.resolve("bad.nt"), "<https://a.example/s> <https://a.example/p> <https://a.example/o> .\n"
                + "<https://a.example/s> <https://a.example/p> .\n");
        CliRun.Result r = CliRun.run("validate", file.toString());
        assertEquals(1, r.exit(), r::toString);
        assertEquals("zhitu: " + file + ": line 2, column 45: Illegal object: [DOT]\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aFileOfUnknownSyntax() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "hello");
        CliRun.Result r = CliRun.run("validate", file.toString());
        assertEquals(1, r.exit(), r::toString);
        assertEquals("zhitu: " + file + ": unknown RDF syntax (the file name should end in .ttl, .nt, .nq, .trig, .jsonld or .rdf)\n", r.err());
        r = CliRun.run("validate", tmp.resolve("absent.ttl").toString());
        assertEquals(1, r.exit(), r::toString);
        assertEquals("zhitu: " + tmp.resolve("absent.ttl") + ": no such file\n", r.err());
    }
}
