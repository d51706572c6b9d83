package io.zhitu.cli;

import io.zhitu.TestDocs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code zhitu queries} and {@code zhitu query} on a store holding the sample. */
class QueryCommandTest {
    @TempDir static Path dir;
    static String store;

    @BeforeAll
    static void load() {
        store = "--store=" + dir.resolve("store");
        Run r = Run.of("extract", "-q", "--output=nquads", "-o", dir.resolve("x.nq").toString(), store, TestDocs.SAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void listsTheBundledQueries() {
        Run r = Run.of("queries");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("models-per-developer ")), r.out());
        assertTrue(r.out().contains("--param=entity=<iri> (required)"), r.out());
        assertTrue(r.out().lines().filter(l -> !l.startsWith(" ")).count() >= 15);
    }

    @Test
    void bundledQueryAsCsv() {
        Run r = Run.of("query", "models-per-developer", "--results=csv", store);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("model/qwen3") && l.contains("org/alibaba")), r.out());
    }

    @Test
    void tableAndParameters() {
        Run r = Run.of("query", "entity-evidence", "--param=entity=zti:model/qwen3", store);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("阿里巴巴通義千問3"), r.out());
    }

    @Test
    void inlineQueryAsk() {
        Run r = Run.of("query", "--query=PREFIX zt: <https://w3id.org/zhitu/ontology#> ASK { ?m zt:developedBy ?o }", store);
        assertEquals(0, r.exit(), r.err());
        assertEquals("true", r.out().strip());
    }

    @Test
    void errorsAreOneLine() {
        Run r = Run.of("query", "no-such-query", store);
        assertEquals(1, r.exit());
        assertEquals(List.of("zhitu: unknown query 'no-such-query' (zhitu queries lists them)"), r.errLines());

        r = Run.of("query", "--query=SELECT * WHERE { ?s ?p }", store);
        assertEquals(1, r.exit());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("zhitu: --query: syntax error at line 1, column "), r.err());

        r = Run.of("query", "entity-evidence", store);
        assertEquals(1, r.exit());
        assertEquals(List.of("zhitu: missing parameter 'entity' (entity-evidence requires it)"), r.errLines());

        r = Run.of("query", "models-per-developer", "--store=" + dir.resolve("nothing"));
        assertEquals(3, r.exit());
        assertEquals(List.of("zhitu: " + dir.resolve("nothing") + ": no store here (run zhitu extract first, or give --store=DIR)"), r.errLines());

        r = Run.of("query", "models-per-developer", "--results=yaml", store);
        assertEquals(2, r.exit());
    }
}
