package io.zhitu.cli;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code zhitu bench} on a tiny corpus: it runs every stage and ends with its JSON line (figures are not judged here). */
class BenchCommandTest {
    @Test
    void lastLineIsTheJsonObjectWithEveryKey() {
        Run r = Run.of("bench", "--docs=6", "--rounds=1", "--threads=2", "--no-cold");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        JsonObject o = JSON.parse(lines.get(lines.size() - 1));
        for (String k : List.of("hanlp_chars_per_s", "extract_file_chars_per_s", "extract_store_chars_per_s", "ratio_file",
                "ratio_store", "cold_start_s", "cold_baseline_s", "cold_ratio", "cold_start_cds_s", "cold_ratio_cds",
                "launcher_first_s", "launcher_cold_s", "launcher_cold_ratio", "scale_docs", "scale_s", "rss_anon_mb", "rss_peak_mb",
                "heap_peak_mb", "heap_within_xmx", "docs", "threads")) {
            assertTrue(o.hasKey(k), k);
        }
        assertEquals(6, o.get("docs").getAsNumber().value().intValue());
        assertEquals(2, o.get("threads").getAsNumber().value().intValue());
        assertTrue(o.get("ratio_file").getAsNumber().value().doubleValue() > 0);
        assertTrue(o.get("cold_ratio").isNull(), "--no-cold");
        assertTrue(o.get("launcher_cold_ratio").isNull(), "--no-cold");
        assertTrue(o.get("rss_anon_mb").isNull(), "no --scale");
        assertTrue(o.get("heap_within_xmx").isNull(), "no --scale");
    }

    /**
     * {@code --scale=N}: N documents into a store in a child JVM with -Xmx512m, its anonymous memory read from /proc
     * (this machine is Linux): a real peak, below the whole RSS, and the heap within its limit.
     */
    @Test
    void scaleReportsTheChildsPeakAnonymousMemory() {
        Run r = Run.of("bench", "--docs=4", "--rounds=1", "--threads=2", "--no-cold", "--scale=30");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        JsonObject o = JSON.parse(lines.get(lines.size() - 1));
        assertEquals(30, o.get("scale_docs").getAsNumber().value().intValue());
        double anon = o.get("rss_anon_mb").getAsNumber().value().doubleValue();
        double all = o.get("rss_peak_mb").getAsNumber().value().doubleValue();
        assertTrue(anon > 20 && anon < 1024, "a JVM's anonymous memory: " + anon);
        assertTrue(all >= anon, all + " >= " + anon);
        assertTrue(o.get("heap_within_xmx").getAsBoolean().value(), r.out());
        assertTrue(r.out().contains("\nscale: 30 documents ("), r.out());
    }

    @Test
    void gcLogHeapPeakAndProcStatusNumbers() {
        String log = "[0.512s][info][gc] Using G1\n"
                + "[1.204s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 25M->4M(512M) 3.210ms\n"
                + "[2.731s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 311M->120M(512M) 20.004ms\n"
                + "[3.001s][info][gc] GC(2) Pause Full (G1 Compaction Pause) 298M->101M(512M) 80.1ms\n";
        assertEquals(311.0, BenchCommand.heapPeakMb(log));
        assertTrue(Double.isNaN(BenchCommand.heapPeakMb("[0.512s][info][gc] Using G1\n")));
        assertEquals(123456, BenchCommand.kb("RssAnon:\t  123456 kB"));
    }

    /**
     * In a fresh JVM, where Jena has not started yet: bench builds the pipeline first, so extract's
     * workers start at once; they once deadlocked with the Jena start-up thread.
     */
    @Test
    void freshJvmDoesNotDeadlock() throws Exception {
        String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "io.zhitu.Main",
                "bench", "--docs=4", "--rounds=1", "--threads=2", "--no-cold")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean ended = p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly();
        assertTrue(ended, "bench hung");
        assertEquals(0, p.exitValue());
    }

    /** Spark is on the test classpath (provided): the job runs in local mode beside extract, on the same corpus. */
    @Test
    void sparkComparesTheLocalJobWithExtract() {
        Run r = Run.of("bench", "--spark", "--docs=6", "--rounds=1", "--threads=2");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(2).startsWith("Spark local[2] to part files: "), r.out());
        JsonObject o = JSON.parse(lines.get(lines.size() - 1));
        for (String k : List.of("extract_file_chars_per_s", "spark_local_chars_per_s", "ratio_spark", "docs", "threads")) assertTrue(o.hasKey(k), k);
        assertTrue(o.get("ratio_spark").getAsNumber().value().doubleValue() > 0);
    }

    @Test
    void badOptionsAreUsageErrors() {
        Run r = Run.of("bench", "--docs=0");
        assertEquals(2, r.exit());
        assertEquals("zhitu: --docs must be at least 1", r.errLines().get(0));
        Run s = Run.of("bench", "--scale=0");
        assertEquals(2, s.exit());
        assertEquals("zhitu: --scale must be at least 1", s.errLines().get(0));
    }
}
