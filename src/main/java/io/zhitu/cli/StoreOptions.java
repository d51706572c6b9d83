package io.zhitu.cli;

import io.zhitu.store.GraphStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --store=DIR}, shared by every command that reads or writes the store. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = GraphStore.DEFAULT_DIR,
            description = "The TDB2 store (default: ${DEFAULT-VALUE}).")
    Path store;
}
