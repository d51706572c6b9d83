package io.zhitu.cli;

import io.zhitu.query.BundledQuery;
import io.zhitu.query.QueryLibrary;
import io.zhitu.query.QueryParam;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code zhitu queries}: the bundled queries, with their parameters. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "List the bundled SPARQL queries (run one with: zhitu query NAME).")
public final class QueriesCommand implements Callable<Integer> {
    @ParentCommand ZhituCommand root;

    @Override
    public Integer call() {
        QueryLibrary lib = QueryLibrary.standard();
        int width = 0;
        for (BundledQuery q : lib.all()) width = Math.max(width, q.name().length());
        StringBuilder b = new StringBuilder();
        for (BundledQuery q : lib.all()) {
            b.append(q.name()).append(" ".repeat(width - q.name().length() + 2)).append(q.title()).append('\n');
            for (QueryParam p : q.header().params()) {
                b.append(" ".repeat(width + 4)).append("--param=").append(p.name()).append("=<").append(p.type().keyword()).append("> ")
                        .append(p.required() ? "(required) " : p.defaultValue() != null ? "(default " + p.defaultValue() + ") " : "(optional) ")
                        .append(p.description()).append('\n');
            }
        }
        root.env.out.print(b);
        root.env.out.flush();
        return 0;
    }
}
