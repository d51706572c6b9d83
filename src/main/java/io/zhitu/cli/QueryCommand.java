package io.zhitu.cli;

import io.zhitu.core.ZhituException;
import io.zhitu.query.BundledQuery;
import io.zhitu.query.QueryLibrary;
import io.zhitu.query.QueryResult;
import io.zhitu.query.QueryRunner;
import io.zhitu.query.ResultFormat;
import io.zhitu.query.ResultWriter;
import io.zhitu.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code zhitu query}: a bundled query, a query file or a query text, on the store. */
@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the store.",
                "NAME is a bundled query (zhitu queries lists them); FILE.rq a query file; or give the text with --query."})
public final class QueryCommand implements Callable<Integer> {
    @ParentCommand ZhituCommand root;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME|FILE.rq", arity = "0..1", description = "The query.")
    String name;

    @Option(names = "--query", paramLabel = "SPARQL", description = "The query's text.")
    String text;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A parameter of the query (repeatable); bound as a value, never pasted into the text.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--results", paramLabel = "FORMAT", description = "table (default), csv, tsv, json, xml; turtle or ntriples for CONSTRUCT and DESCRIBE.")
    String results;

    @Option(names = "--timeout", paramLabel = "MS", description = "Stop the query after this many milliseconds.")
    Long timeout;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
        if ((name == null) == (text == null)) throw new ParameterException(spec.commandLine(), "give a query NAME, a FILE.rq, or --query='…' (one of them)");
        ResultFormat format;
        try {
            format = results == null ? null : ResultFormat.of(results);
        } catch (ZhituException e) {
            throw new ParameterException(spec.commandLine(), "--results: " + e.getMessage());
        }
        if (timeout != null && timeout <= 0) throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of milliseconds");
        BundledQuery q = text != null ? BundledQuery.of("--query", text) : QueryLibrary.standard().resolve(name);
        QueryRunner.parse(q); // a syntax error is reported before the store is opened
        try (GraphStore store = GraphStore.open(storeOptions.store, false)) {
            QueryResult r = new QueryRunner(store.dataset()).run(q, params, timeout == null ? -1 : timeout);
            ResultFormat f = format != null ? format : ResultFormat.defaultFor(r);
            if (!f.fits(r)) throw new ZhituException(q.name() + ": --results=" + f.keyword() + " does not fit this kind of query");
            ResultWriter.write(r, f, root.env.out);
            root.env.out.flush();
        }
        return 0;
    }
}
