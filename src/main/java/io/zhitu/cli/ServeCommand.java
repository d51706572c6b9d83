package io.zhitu.cli;

import io.zhitu.store.GraphStore;
import io.zhitu.store.SparqlServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code zhitu serve}: the store as a SPARQL endpoint on this machine, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the store over SPARQL (embedded Fuseki) on 127.0.0.1 only, until Ctrl-C.",
                "Query: http://127.0.0.1:PORT/zhitu/sparql (or /zhitu/query); Graph Store Protocol reads: /zhitu/data?graph=IRI (or /zhitu/get).",
                "The default graph is the union of the document graphs. Read-only unless --update."})
public final class ServeCommand implements Callable<Integer> {

    @ParentCommand ZhituCommand root;
    @Spec CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--update", description = "Also accept SPARQL Update and Graph Store Protocol writes.")
    boolean update;

    @Mixin StoreOptions storeOptions;

    /** A server running over an open store; closing stops the one and closes the other. */
    record Running(GraphStore store, SparqlServer server) implements AutoCloseable {
        @Override
        public void close() {
            try {
                server.close();
            } finally {
                store.close();
            }
        }
    }

    @Override
    public Integer call() {
        Running running = start();
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "zhitu-serve-stop"));
        running.server().join();
        return 0;
    }

    /** Opens the store and starts serving it; returns at once. */
    Running start() {
        if (port < 0 || port > 65535) throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        GraphStore store = GraphStore.open(storeOptions.store, update); // a writable server may start from an empty store
        SparqlServer server;
        try {
            server = SparqlServer.start(store, port, update);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        root.env.err.println("zhitu: serving " + storeOptions.store + " at " + server.sparqlUrl()
                + (update ? " (updates allowed)" : " (read-only)") + " \u2014 Ctrl-C stops");
        return new Running(store, server);
    }
}
