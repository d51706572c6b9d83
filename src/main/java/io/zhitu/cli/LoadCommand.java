package io.zhitu.cli;

import io.zhitu.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code zhitu load}: N-Quads shards into the store through Jena's TDB2 bulk loader. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-load RDF files (N-Quads shards written by 'zhitu extract --output=nquads', or the output folder of",
                "the Spark job) into the store with Jena's TDB2 bulk loader. It adds to the store: load into a fresh store."})
public final class LoadCommand implements Callable<Integer> {
    @ParentCommand ZhituCommand root;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = {"N-Quads, TriG or any RDF file Jena reads (by extension, .gz too; N-Quads without one),",
            "or a folder of part files (a Spark job's output: _SUCCESS, _failed and hidden files are skipped)."})
    List<Path> args;

    @Option(names = "--parallel", description = "Jena's parallel loader (uses more threads and memory); default: the phased loader.")
    boolean parallel;

    @Option(names = {"-q", "--quiet"}, description = "No summary on stderr.")
    boolean quiet;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        List<Path> files = GraphStore.shards(args);
        GraphStore.checkParses(files);
        try (GraphStore store = GraphStore.open(storeOptions.store, true)) {
            long n = store.bulkLoad(files, parallel);
            if (!quiet) {
                root.env.err.printf(Locale.ROOT, "zhitu: loaded %d quads from %d file%s into %s, %.1f s%n", n, files.size(),
                        files.size() == 1 ? "" : "s", storeOptions.store, (System.nanoTime() - t0) / 1e9);
            }
        }
        return 0;
    }
}
