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
                "ratio_store", "cold_start_s", "cold_baseline_s", "cold_ratio", "docs", "threads")) {
            assertTrue(o.hasKey(k), k);
        }
        assertEquals(6, o.get("docs").getAsNumber().value().intValue());
        assertEquals(2, o.get("threads").getAsNumber().value().intValue());
        assertTrue(o.get("ratio_file").getAsNumber().value().doubleValue() > 0);
        assertTrue(o.get("cold_ratio").isNull(), "--no-cold");
    }

    @Test
    void badOptionsAreUsageErrors() {
        Run r = Run.of("bench", "--docs=0");
        assertEquals(2, r.exit());
        assertEquals("zhitu: --docs must be at least 1", r.errLines().get(0));
    }
}
