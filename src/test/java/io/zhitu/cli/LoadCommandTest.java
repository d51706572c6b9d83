package io.zhitu.cli;

import io.zhitu.TestDocs;
import io.zhitu.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code zhitu load}: N-Quads shards through the bulk loader give the store extract would have made. */
class LoadCommandTest {
    @TempDir Path dir;

    @Test
    void bulkLoadedShardEqualsExtractedStore() {
        Path shard = dir.resolve("shard.nq");
        Path extracted = dir.resolve("extracted"), bulk = dir.resolve("bulk");
        assertEquals(0, Run.of("extract", "-q", "--output=nquads", "-o", shard.toString(), "--store=" + extracted, TestDocs.SAMPLE.toString()).exit());
        Run r = Run.of("load", "--store=" + bulk, shard.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().startsWith("zhitu: loaded "), r.err());
        long a, b;
        try (GraphStore s = GraphStore.open(extracted, false)) { a = s.size(); }
        try (GraphStore s = GraphStore.open(bulk, false)) { b = s.size(); }
        assertEquals(a, b);
        assertTrue(a > 100, "quads: " + a);
    }

    @Test
    void aSyntaxErrorIsReportedBeforeAnyStoreIsMade() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.nq"), "<https://example.org/s> <https://example.org/p> .\n");
        Run r = Run.of("load", "--store=" + dir.resolve("store"), bad.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("zhitu: " + bad + ": [line: 1, col: "), r.err());
        assertFalse(Files.exists(dir.resolve("store")));
        Run missing = Run.of("load", "--store=" + dir.resolve("store"), dir.resolve("none.nq").toString());
        assertEquals(List.of("zhitu: " + dir.resolve("none.nq") + ": no such file"), missing.errLines());
    }
}
