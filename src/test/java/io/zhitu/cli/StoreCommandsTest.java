package io.zhitu.cli;

import io.zhitu.store.GraphStore;
import io.zhitu.store.HoldStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The store through the command line: reruns, a store in use, a folder that is not a store. */
class StoreCommandsTest {

    @TempDir Path tmp;

    static long size(Path store) {
        try (GraphStore s = GraphStore.open(store, false)) {
            return s.size();
        }
    }

    @Test
    void extractingTheSameArticleTwiceGivesTheSameStore() {
        Path store = tmp.resolve("store");
        CliRun.extractSample(store);
        long once = size(store);
        assertTrue(once > 100, "only " + once + " quads");
        CliRun.extractSample(store);
        assertEquals(once, size(store));
        // reference facts go into their own graph, and a rerun with them is idempotent too
        CliRun.extractSample(store, "--with-reference");
        long withReference = size(store);
        assertTrue(withReference > once);
        CliRun.extractSample(store, "--with-reference");
        assertEquals(withReference, size(store));
    }

    @Test
    void aStoreInUseByAnotherProcess() throws Exception {
        Path store = tmp.resolve("held");
        Process other = HoldStore.start(store);
        try {
            for (String cmd : new String[] {"export", "validate"}) {
                CliRun.Result r = CliRun.run(cmd, "--store=" + store);
                assertEquals(3, r.exit(), r::toString);
                assertEquals("zhitu: " + store + ": the store is in use by another process\n", r.err());
            }
            CliRun.Result r = CliRun.run("extract", "-q", "--store=" + store, CliRun.SAMPLE.toString());
            assertEquals(3, r.exit(), r::toString);
            assertEquals("zhitu: " + store + ": the store is in use by another process\n", r.err());
        } finally {
            other.getOutputStream().close();
            assertTrue(other.waitFor(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void aFolderThatIsNotAStore() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(dir.resolve("todo.txt"), "buy milk");
        CliRun.Result r = CliRun.run("export", "--store=" + dir);
        assertEquals(3, r.exit(), r::toString);
        assertEquals("zhitu: " + dir + ": not a zhitu store (the folder holds other files)\n", r.err());
        assertEquals(0, r.bytes().length);

        r = CliRun.run("export", "--store=" + tmp.resolve("nothing"));
        assertEquals(3, r.exit(), r::toString);
        assertEquals("zhitu: " + tmp.resolve("nothing") + ": no store here (run zhitu extract first, or give --store=DIR)\n", r.err());
    }
}
