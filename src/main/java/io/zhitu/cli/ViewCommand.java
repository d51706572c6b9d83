package io.zhitu.cli;

import io.zhitu.core.ZhituException;
import io.zhitu.query.BundledQuery;
import io.zhitu.query.QueryLibrary;
import io.zhitu.store.GraphStore;
import io.zhitu.view.GraphView;
import io.zhitu.view.StoreViews;
import io.zhitu.view.ViewLang;
import io.zhitu.view.ViewPage;
import org.apache.jena.graph.Node;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code zhitu view}: the store, one document or a query's graph as one HTML page that draws it. */
@Command(name = "view", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write one HTML page that draws the store's graph; it needs nothing else (ECharts is inlined).",
                "--graph draws one document graph; --query the graph a CONSTRUCT or DESCRIBE query makes.",
                "Nodes are coloured by class and sized by their edges; a click lists a node's statements",
                "with the sentences that state them; past --max-nodes the best connected part is drawn."})
public final class ViewCommand implements Callable<Integer> {

    @ParentCommand ZhituCommand root;
    @Spec CommandSpec spec;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this document graph (an IRI, or zti:doc/…).")
    String graph;

    @Option(names = "--query", paramLabel = "NAME|FILE.rq", description = "Draw what this CONSTRUCT or DESCRIBE query makes: a bundled query (zhitu queries lists them) or a file.")
    String query;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A parameter of the query (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "The language of the names: en (default), zh-Hans or zh-Hant; else the other Chinese script, then English, then any.")
    String lang;

    @Option(names = "--max-nodes", paramLabel = "N", defaultValue = "" + GraphView.DEFAULT_MAX_NODES,
            description = "Draw at most N nodes, those with the most edges (default: ${DEFAULT-VALUE}); the page says when it shows part.")
    int maxNodes;

    @Option(names = "--with-reference", description = "Add what the bundled reference data knows about the entities (not with --query).")
    boolean withReference;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the page here (default: stdout). Written to a temporary name, then renamed.")
    Path out;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
        ViewLang language;
        try {
            language = ViewLang.of(lang);
        } catch (ZhituException e) {
            throw new ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
        }
        if (maxNodes < 1) throw new ParameterException(spec.commandLine(), "--max-nodes must be at least 1, not " + maxNodes);
        if (graph != null && query != null) throw new ParameterException(spec.commandLine(), "give --graph or --query, not both");
        if (query == null && !params.isEmpty()) throw new ParameterException(spec.commandLine(), "--param needs --query");
        if (query != null && withReference) throw new ParameterException(spec.commandLine(), "--with-reference does not apply to --query (the query sees the whole store)");
        Node only = graph == null ? null : IriOption.parse(spec, "--graph", graph);
        BundledQuery q = null;
        if (query != null) {
            q = QueryLibrary.standard().resolve(query);
            StoreViews.checkDraws(q); // a wrong query is reported before the store is opened
        }
        GraphView view;
        try (GraphStore store = GraphStore.open(storeOptions.store, false)) {
            view = q != null ? StoreViews.query(store, q, params, 0, language, maxNodes)
                    : only != null ? StoreViews.document(store, only, withReference, language, maxNodes)
                    : StoreViews.store(store, withReference, language, maxNodes);
        }
        byte[] page = ViewPage.bytes(view);
        if (out != null) {
            ViewPage.write(page, out);
        } else {
            try {
                root.env.out.write(page);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            root.env.out.flush();
        }
        return 0;
    }
}
