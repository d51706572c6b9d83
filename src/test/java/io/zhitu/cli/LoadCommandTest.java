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

    /**
     * A folder as a Spark or Hadoop job leaves it: part files named without an extension (N-Quads), beside
     * _SUCCESS, the job's _failed listing and hidden checksum files, none of which is RDF.
     */
    @Test
    void aJobsOutputFolderLoadsItsPartsOnly() throws IOException {
        Path shard = dir.resolve("shard.nq");
        assertEquals(0, Run.of("extract", "-q", "--no-store", "--output=nquads", "-o", shard.toString(), TestDocs.SAMPLE.toString(), "src/test/resources/dev").exit());
        List<String> lines = Files.readAllLines(shard);
        Path job = Files.createDirectories(dir.resolve("job"));
        Files.write(job.resolve("part-00000"), lines.subList(0, lines.size() / 2));
        Files.write(job.resolve("part-00001"), lines.subList(lines.size() / 2, lines.size()));
        Files.writeString(job.resolve("_SUCCESS"), "");
        Files.writeString(job.resolve("_failed"), "file:/corpus/scan.png: binary file, not text or HTML\n");
        Files.write(job.resolve(".part-00000.crc"), new byte[] {'c', 'r', 'c', 0, 1, 2});

        Path fromJob = dir.resolve("from-job"), fromShard = dir.resolve("from-shard");
        Run r = Run.of("load", "--store=" + fromJob, job.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().startsWith("zhitu: loaded " + lines.size() + " quads from 2 files into "), r.err());
        assertEquals(0, Run.of("load", "-q", "--store=" + fromShard, shard.toString()).exit());
        assertEquals(Run.of("export", "--output=nquads", "--store=" + fromShard).out(), Run.of("export", "--output=nquads", "--store=" + fromJob).out());
    }

    @Test
    void aFolderWhoseJobDidNotFinishOrThatHoldsNothingIsRefused() throws IOException {
        Path job = Files.createDirectories(dir.resolve("job"));
        Files.writeString(job.resolve("_SUCCESS"), "");
        Run empty = Run.of("load", "--store=" + dir.resolve("store"), job.toString());
        assertEquals(1, empty.exit());
        assertEquals(List.of("zhitu: " + job + ": a folder with no files to load"), empty.errLines());

        Files.writeString(job.resolve("part-00000"), "<https://example.org/s> <https://example.org/p> <https://example.org/o> <https://example.org/g> .\n");
        Files.createDirectories(job.resolve("_temporary/0"));
        Run running = Run.of("load", "--store=" + dir.resolve("store"), job.toString());
        assertEquals(1, running.exit());
        assertEquals(List.of("zhitu: " + job + ": the job writing it has not finished (_temporary is still there)"), running.errLines());
        assertFalse(Files.exists(dir.resolve("store")));
    }
}
