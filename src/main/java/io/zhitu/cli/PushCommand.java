package io.zhitu.cli;

import io.zhitu.core.ZhituException;
import io.zhitu.rdf.GraphBuilder;
import io.zhitu.rdf.RdfFiles;
import io.zhitu.store.GraphPush;
import io.zhitu.store.GraphStore;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code zhitu push}: the document graphs to a remote store, by the SPARQL Graph Store Protocol. */
@Command(name = "push", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Send the named graphs of the store (or of a TriG / N-Quads file) to a SPARQL Graph Store Protocol endpoint.",
                "Each graph is PUT to ENDPOINT?graph=IRI as N-Triples and replaces the graph of that name there, so a push can be repeated.",
                "The password of --user comes from an environment variable, never from the command line."})
public final class PushCommand implements Callable<Integer> {

    @ParentCommand ZhituCommand root;
    @Spec CommandSpec spec;

    @Option(names = "--endpoint", paramLabel = "URL", required = true,
            description = "The Graph Store Protocol endpoint, e.g. http://host:3030/ds or http://host:3030/ds/data.")
    String endpoint;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "A TriG or N-Quads file to push instead of the store.")
    Path file;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--user", paramLabel = "NAME", description = "Authenticate as NAME (HTTP basic authentication).")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR", defaultValue = "ZHITU_PUSH_PASSWORD",
            description = "The environment variable holding the password of --user (default: ${DEFAULT-VALUE}).")
    String passwordEnv;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "10", description = "Graphs sent at once (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--with-reference", description = "Push the reference graph too.")
    boolean withReference;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary on stderr; errors still show.")
    boolean quiet;

    /** Whether a graph goes: the reference graph only with --with-reference. (Not a static Node: picocli builds every command at start-up, and a Jena node there would start Jena before any command runs.) */
    private boolean goes(Node g) {
        return withReference || !(g.isURI() && g.getURI().equals(GraphBuilder.REFERENCE_GRAPH));
    }

    @Override
    public Integer call() {
        URI url = endpoint();
        if (batch < 1) throw new ParameterException(spec.commandLine(), "--batch must be at least 1");
        String password = null;
        if (user != null) {
            password = root.env.getenv.apply(passwordEnv);
            if (password == null) {
                throw new ParameterException(spec.commandLine(), "--user " + user + " needs its password in the environment variable "
                        + passwordEnv + ", which is not set");
            }
        }
        String pw = password;
        int total;
        GraphPush push;
        if (file != null) {
            DatasetGraph ds = RdfFiles.read(file);
            List<Node> names = new ArrayList<>();
            ds.listGraphNodes().forEachRemaining(g -> { if (goes(g)) names.add(g); });
            names.sort(Comparator.comparing(Node::getURI));
            if (names.isEmpty()) {
                throw new ZhituException(file + ": no named graph to push (push sends document graphs: give TriG or N-Quads, "
                        + "e.g. from zhitu export --output=trig)");
            }
            total = names.size();
            push = push(url, pw, total);
            for (Node g : names) push.add(g, ds);
        } else {
            try (GraphStore store = GraphStore.open(storeOptions.store, false)) {
                total = (int) store.graphs().stream().filter(this::goes).count();
                push = push(url, pw, total);
                store.forEachGraph(null, withReference, ds -> push.add(ds.listGraphNodes().next(), ds));
            }
        }
        push.finish();
        if (!quiet) root.env.err.println("zhitu: pushed " + push.pushed() + " of " + total + " graphs to " + url);
        return 0;
    }

    private GraphPush push(URI url, String password, int total) {
        return new GraphPush(url, user, password, batch, total, (done, all) -> {
            if (!quiet && all > batch) root.env.err.println("zhitu: " + done + "/" + all + " graphs sent");
        });
    }

    private URI endpoint() {
        try {
            URI u = new URI(endpoint.strip());
            String scheme = u.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || u.getHost() == null) {
                throw new URISyntaxException(endpoint, "not http");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new ParameterException(spec.commandLine(), "--endpoint '" + endpoint + "' is not an http:// or https:// URL");
        }
    }
}
