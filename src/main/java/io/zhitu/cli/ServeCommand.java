package io.zhitu.cli;

import io.zhitu.core.ZhituException;
import io.zhitu.store.GraphStore;
import io.zhitu.store.SparqlServer;
import io.zhitu.view.GraphView;
import io.zhitu.view.StoreViews;
import io.zhitu.view.ViewLang;
import io.zhitu.view.ViewPage;
import org.apache.jena.graph.NodeFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code zhitu serve}: the store as a SPARQL endpoint on this machine, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the store over SPARQL (embedded Fuseki) on 127.0.0.1 only, until Ctrl-C.",
                "Query: http://127.0.0.1:PORT/zhitu/sparql (or /zhitu/query); Graph Store Protocol reads: /zhitu/data?graph=IRI (or /zhitu/get).",
                "The default graph is the union of the document graphs. Read-only unless --update.",
                "At http://127.0.0.1:PORT/ a page draws the store as zhitu view does (/?lang=zh-Hant&max-nodes=N&graph=IRI)."})
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

    /**
     * The page at {@code /}: what {@code zhitu view} writes for the store, or for one document graph, with its
     * options as query parameters ({@code lang}, {@code max-nodes}, {@code graph}).
     *
     * @throws ZhituException for a parameter that does not fit (the server answers 400 with the message)
     */
    static byte[] page(GraphStore store, Map<String, String> params) {
        for (String k : params.keySet()) {
            if (!Set.of("lang", "max-nodes", "graph").contains(k)) throw new ZhituException("unknown parameter '" + k + "' (lang, max-nodes, graph)");
        }
        ViewLang lang = ViewLang.of(params.getOrDefault("lang", "en"));
        int maxNodes;
        try {
            maxNodes = Integer.parseInt(params.getOrDefault("max-nodes", Integer.toString(GraphView.DEFAULT_MAX_NODES)).strip());
        } catch (NumberFormatException e) {
            throw new ZhituException("max-nodes must be a number, not '" + params.get("max-nodes") + "'");
        }
        if (maxNodes < 1) throw new ZhituException("max-nodes must be at least 1, not " + maxNodes);
        String graph = params.get("graph");
        GraphView view = graph == null ? StoreViews.store(store, false, lang, maxNodes)
                : StoreViews.document(store, NodeFactory.createURI(IriOption.expand(graph)), false, lang, maxNodes);
        return ViewPage.bytes(view);
    }

    /** Opens the store and starts serving it; returns at once. */
    Running start() {
        if (port < 0 || port > 65535) throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        GraphStore store = GraphStore.open(storeOptions.store, update); // a writable server may start from an empty store
        SparqlServer server;
        try {
            server = SparqlServer.start(store, port, update, params -> page(store, params));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        root.env.err.println("zhitu: serving " + storeOptions.store + " at " + server.sparqlUrl()
                + (update ? " (updates allowed)" : " (read-only)") + " \u2014 Ctrl-C stops");
        return new Running(store, server);
    }
}
