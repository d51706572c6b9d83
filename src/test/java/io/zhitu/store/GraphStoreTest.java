package io.zhitu.store;

import io.zhitu.core.ZhituException;
import io.zhitu.rdf.GraphBuilder;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The TDB2 store: locking, folders that are not stores, all-or-nothing loads, replaced document graphs. */
class GraphStoreTest {

    @TempDir Path tmp;

    static Node iri(String s) { return NodeFactory.createURI(s); }

    /** A document dataset: graph {@code doc} holding {@code n} statements about it. */
    static DatasetGraph doc(String doc, int n) {
        DatasetGraph ds = DatasetGraphFactory.create();
        for (int i = 0; i < n; i++) ds.add(iri(doc), iri(doc), iri("urn:p:" + i), NodeFactory.createLiteralString("v" + i));
        return ds;
    }

    static Set<Quad> quads(GraphStore store) {
        return store.read(() -> {
            Set<Quad> s = new HashSet<>();
            store.dataset().asDatasetGraph().find().forEachRemaining(s::add);
            return s;
        });
    }

    @Test
    void aFailedLoadLeavesTheStoreAsItWas() {
        Path dir = tmp.resolve("store");
        try (GraphStore store = GraphStore.open(dir, true)) {
            store.replace(List.of(doc("urn:doc:1", 3), doc("urn:doc:2", 2)));
            Set<Quad> before = quads(store);
            long size = store.size();
            assertEquals(5, size);

            RuntimeException boom = assertThrows(IllegalStateException.class, () -> {
                try (GraphStore.Load load = store.begin()) {
                    load.put(doc("urn:doc:1", 7));   // replaces a graph
                    load.put(doc("urn:doc:3", 4));   // adds one
                    assertEquals(2, load.documents());
                    throw new IllegalStateException("boom");
                }
            });
            assertEquals("boom", boom.getMessage());
            assertEquals(size, store.size());
            assertEquals(before, quads(store));
        }
        // and after closing and opening again
        try (GraphStore store = GraphStore.open(dir, false)) {
            assertEquals(5, store.size());
        }
    }

    @Test
    void loadingADocumentAgainReplacesItsGraph() {
        try (GraphStore store = GraphStore.open(tmp.resolve("store"), true)) {
            store.replace(List.of(doc("urn:doc:1", 3)));
            store.replace(List.of(doc("urn:doc:1", 3)));
            assertEquals(3, store.size());
            store.replace(List.of(doc("urn:doc:1", 1)));
            assertEquals(1, store.size());
        }
    }

    @Test
    void theReferenceGraphGrowsWithEachDocument() {
        Node ref = iri(GraphBuilder.REFERENCE_GRAPH);
        DatasetGraph a = doc("urn:doc:1", 1);
        a.add(ref, iri("urn:x:qwen"), iri("urn:p:dev"), iri("urn:x:alibaba"));
        DatasetGraph b = doc("urn:doc:2", 1);
        b.add(ref, iri("urn:x:llama"), iri("urn:p:dev"), iri("urn:x:meta"));
        try (GraphStore store = GraphStore.open(tmp.resolve("store"), true)) {
            store.replace(List.of(a));
            store.replace(List.of(b));
            store.replace(List.of(a));
            assertEquals(4, store.size());
            assertEquals(List.of(iri("urn:doc:1"), iri("urn:doc:2"), ref), store.graphs());
        }
    }

    @Test
    void forEachGraphGivesOneGraphAtATime() {
        try (GraphStore store = GraphStore.open(tmp.resolve("store"), true)) {
            store.replace(List.of(doc("urn:doc:2", 2), doc("urn:doc:1", 1)));
            List<Long> sizes = new java.util.ArrayList<>();
            store.forEachGraph(null, false, g -> sizes.add(g.getGraph(g.listGraphNodes().next()).size() + 0L));
            assertEquals(List.of(1L, 2L), sizes);
            ZhituException e = assertThrows(ZhituException.class, () -> store.forEachGraph(iri("urn:doc:9"), false, g -> {}));
            assertEquals(tmp.resolve("store") + ": the store has no graph <urn:doc:9> (2 graphs, e.g. <urn:doc:1>)", e.getMessage());
            assertEquals(ZhituException.FAILURE, e.exitCode());
        }
    }

    @Test
    void aFolderThatIsNotAStore() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(dir.resolve("cat.jpg"), "not a store");
        ZhituException e = assertThrows(ZhituException.class, () -> GraphStore.open(dir, true));
        assertEquals(dir + ": not a zhitu store (the folder holds other files)", e.getMessage());
        assertEquals(ZhituException.STORE, e.exitCode());

        Path file = Files.writeString(tmp.resolve("file"), "x");
        e = assertThrows(ZhituException.class, () -> GraphStore.open(file, true));
        assertEquals(ZhituException.STORE, e.exitCode());

        e = assertThrows(ZhituException.class, () -> GraphStore.open(tmp.resolve("absent"), false));
        assertEquals(ZhituException.STORE, e.exitCode());
        assertFalse(Files.exists(tmp.resolve("absent")));
    }

    @Test
    void aStoreHeldByAnotherProcess() throws Exception {
        Path dir = tmp.resolve("held");
        Process other = HoldStore.start(dir);
        try {
            ZhituException e = assertThrows(ZhituException.class, () -> GraphStore.open(dir, false));
            assertEquals(dir + ": the store is in use by another process", e.getMessage());
            assertEquals(ZhituException.STORE, e.exitCode());
        } finally {
            other.getOutputStream().close();
            assertTrue(other.waitFor(30, TimeUnit.SECONDS));
        }
        // once the other process has let go, the store opens
        try (GraphStore store = GraphStore.open(dir, false)) {
            assertEquals(0, store.size());
        }
    }
}
