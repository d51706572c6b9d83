package io.zhitu.store;

import io.zhitu.core.ZhituException;
import io.zhitu.rdf.GraphBuilder;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A TDB2 store of documents. Each document is one named graph (its IRI); loading a document again
 * replaces that graph, so reruns never duplicate. Queries see the union of the graphs as the default graph.
 */
public final class GraphStore implements AutoCloseable {

    /** Where the store lives unless --store says otherwise. */
    public static final String DEFAULT_DIR = "zhitu-store";

    private static final Node REFERENCE = NodeFactory.createURI(GraphBuilder.REFERENCE_GRAPH);

    private final Path dir;
    private final Dataset dataset;

    private GraphStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /**
     * Opens a store, creating it when {@code create} is set and the folder is absent or empty.
     * A folder that holds something else, or a store another process holds, is a one-line error.
     */
    public static GraphStore open(Path dir, boolean create) {
        String name = dir.toString();
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new ZhituException(name + ": not a store (it is a file)", ZhituException.STORE);
        boolean exists = Files.isDirectory(dir) && !isEmpty(dir);
        if (exists && !looksLikeStore(dir)) throw new ZhituException(name + ": not a zhitu store (the folder holds other files)", ZhituException.STORE);
        if (!exists && !create) throw new ZhituException(name + ": no store here (run zhitu extract first, or give --store=DIR)", ZhituException.STORE);
        try {
            Files.createDirectories(dir);
            Dataset ds = TDB2Factory.connectDataset(dir.toString());
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new GraphStore(dir, ds);
        } catch (DBOpEnvException e) {
            throw new ZhituException(name + ": the store is in use by another process", ZhituException.STORE);
        } catch (IOException e) {
            throw new ZhituException(name + ": cannot create the store (" + oneLine(e.getMessage()) + ")");
        }
    }

    static boolean looksLikeStore(Path dir) {
        return Files.exists(dir.resolve("tdb.lock")) || Files.isDirectory(dir.resolve("Data-0001"));
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The folder of the store. */
    public Path dir() { return dir; }

    /** The store as a Jena dataset; its default graph is the union of the document graphs. */
    public Dataset dataset() { return dataset; }

    /**
     * Puts the graphs of documents in, in one write transaction: each named graph of each dataset
     * replaces the graph of that name. A failure aborts the transaction and leaves the store as it was.
     */
    public void replace(List<DatasetGraph> documents) {
        Txn.executeWrite(dataset, () -> documents.forEach(this::put));
    }

    /**
     * Starts one write transaction for a run of many documents: {@link Load#put} each, then
     * {@link Load#commit}; closing without commit aborts, leaving the store as it was.
     */
    public Load begin() {
        dataset.begin(ReadWrite.WRITE);
        return new Load();
    }

    /** A write transaction in progress; used from the thread that began it. */
    public final class Load implements AutoCloseable {
        private boolean done;
        private long documents;

        /** Replaces each named graph of the document's dataset. */
        public void put(DatasetGraph doc) {
            GraphStore.this.put(doc);
            documents++;
        }

        /** Documents put so far. */
        public long documents() { return documents; }

        public void commit() {
            dataset.commit();
            done = true;
        }

        @Override
        public void close() {
            if (!done) dataset.abort();
            dataset.end();
        }
    }

    /** Replaces each graph of the document; the reference graph is shared by all documents, so it only grows. */
    private void put(DatasetGraph doc) {
        DatasetGraph store = dataset.asDatasetGraph();
        List<Node> names = new ArrayList<>();
        doc.listGraphNodes().forEachRemaining(names::add);
        for (Node g : names) {
            if (!g.equals(REFERENCE)) store.removeGraph(g);
            doc.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(store::add);
        }
    }

    /** The names of the graphs in the store, sorted: documents first, the reference graph last. */
    public List<Node> graphs() {
        return read(() -> {
            List<Node> names = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(names::add);
            names.sort(Comparator.comparing((Node g) -> g.equals(REFERENCE)).thenComparing(Node::getURI));
            return names;
        });
    }

    /**
     * Hands each graph to {@code each} as a dataset in memory holding that one named graph, all in one
     * read transaction (a consistent snapshot): the graph {@code only} when given, else every document
     * graph in {@link #graphs()} order; then the reference graph, only when {@code withReference}.
     *
     * @throws ZhituException when {@code only} names no graph of the store
     */
    public void forEachGraph(Node only, boolean withReference, Consumer<DatasetGraph> each) {
        read(() -> {
            DatasetGraph store = dataset.asDatasetGraph();
            List<Node> names = graphs();
            if (only != null) {
                if (!names.contains(only)) {
                    throw new ZhituException(dir + ": the store has no graph <" + only.getURI() + "> ("
                            + (names.isEmpty() ? "it is empty" : names.size() + " graphs, e.g. <" + names.get(0).getURI() + ">") + ")");
                }
                names = withReference && !only.equals(REFERENCE) && names.contains(REFERENCE) ? List.of(only, REFERENCE) : List.of(only);
            } else if (!withReference) {
                names = names.stream().filter(g -> !g.equals(REFERENCE)).toList();
            }
            for (Node g : names) {
                DatasetGraph copy = DatasetGraphFactory.create();
                store.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
                each.accept(copy);
            }
            return null;
        });
    }

    /** Runs {@code work} in a read transaction (or inside the transaction already open on this thread). */
    public <T> T read(Supplier<T> work) {
        if (dataset.isInTransaction()) return work.get();
        return Txn.calculateRead(dataset, work);
    }

    /**
     * The files a list of load arguments stands for: a file as it is; a folder for the shards in it, as Spark
     * and Hadoop write them ({@code part-00000} …, in name order), without what such jobs leave beside them
     * (names starting with {@code _} or {@code .}: {@code _SUCCESS}, {@code _failed}, checksums). A folder in
     * which a job is still writing, or whose job died ({@code _temporary}), is refused: it may hold half a corpus.
     */
    public static List<Path> shards(List<Path> args) {
        List<Path> out = new ArrayList<>();
        for (Path a : args) {
            if (!Files.isDirectory(a)) {
                out.add(a);
                continue;
            }
            if (Files.exists(a.resolve("_temporary"))) {
                throw new ZhituException(a + ": the job writing it has not finished (_temporary is still there)");
            }
            try (Stream<Path> s = Files.list(a)) {
                List<Path> files = s.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith("_") && !f.getFileName().toString().startsWith("."))
                        .sorted()
                        .toList();
                if (files.isEmpty()) throw new ZhituException(a + ": a folder with no files to load");
                out.addAll(files);
            } catch (IOException e) {
                throw new ZhituException(a + ": cannot list (" + oneLine(e.getMessage()) + ")");
            }
        }
        return out;
    }

    /**
     * The syntax of a file: by its extension, as Jena guesses it ({@code .nq}, {@code .trig.gz} …); a name
     * without one ({@code part-00000} of a Spark job) is N-Quads, what {@code extract} and the job write.
     */
    static Lang lang(Path f) {
        Lang l = RDFLanguages.pathnameToLang(f.toString());
        return l != null ? l : Lang.NQUADS;
    }

    /**
     * Loads N-Quads (or any RDF) files with Jena's TDB2 bulk loader: the path for corpora too large for
     * one transaction of {@code extract}. It adds: a graph already in the store keeps what it had, so
     * bulk loads go into a fresh store (or one that holds none of these documents).
     *
     * @return the number of quads loaded
     */
    public long bulkLoad(List<Path> files, boolean parallel) {
        checkParses(files);
        DatasetGraph dsg = dataset.asDatasetGraph();
        org.apache.jena.system.progress.MonitorOutput quiet = (fmt, args) -> { };
        org.apache.jena.tdb2.loader.DataLoader loader = parallel
                ? org.apache.jena.tdb2.loader.LoaderFactory.parallelLoader(dsg, quiet)
                : org.apache.jena.tdb2.loader.LoaderFactory.phasedLoader(dsg, quiet);
        loader.startBulk();
        String current = null;
        try {
            for (Path f : files) {
                current = f.toString();
                if (RDFLanguages.pathnameToLang(current) != null) {
                    loader.load(current);
                } else {
                    try (InputStream in = org.apache.jena.atlas.io.IO.openFileEx(current)) { // .gz, .bz2 … decompressed
                        loader.loadFromInputStream(f.toUri().toString(), in, Lang.NQUADS);
                    }
                }
            }
            loader.finishBulk();
            return loader.countQuads() + loader.countTriples();
        } catch (org.apache.jena.riot.RiotException e) {
            loader.finishException(e);
            throw new ZhituException(current + ": " + oneLine(e.getMessage()));
        } catch (IOException e) {
            loader.finishException(e);
            throw new ZhituException(current + ": cannot read (" + oneLine(e.getMessage()) + ")");
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    /**
     * Reads every file through to the end without keeping anything, so that a syntax error is reported
     * (file, line, column) before a store is created or touched: parsing is much faster than loading.
     */
    public static void checkParses(List<Path> files) {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new ZhituException(f + ": no such file");
            try {
                org.apache.jena.riot.RDFParser.source(f).lang(lang(f)).errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging)
                        .parse(org.apache.jena.riot.system.StreamRDFLib.sinkNull());
            } catch (org.apache.jena.riot.RiotException e) {
                throw new ZhituException(f + ": " + oneLine(e.getMessage()));
            }
        }
    }

    /** The number of quads in the named graphs. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long[] n = {0};
            dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!q.isDefaultGraph()) n[0]++;
            });
            return n[0];
        });
    }

    @Override
    public void close() {
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

}
