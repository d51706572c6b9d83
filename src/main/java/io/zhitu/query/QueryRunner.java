package io.zhitu.query;

import io.zhitu.core.ZhituException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.system.Txn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a {@link BundledQuery} over a dataset: parses it, binds its parameters by substitution (the
 * values are RDF terms, never pasted into the text) and reads the whole result inside a read
 * transaction. The caller decides what the default graph is (zhitu's store makes it the union of the
 * named graphs).
 */
public final class QueryRunner {

    /** JavaCC's message: {@code Encountered " "." ". "" at line 3, column 15.} or {@code Encountered "<EOF>" at line 1, column 9.} */
    private static final Pattern ENCOUNTERED = Pattern.compile(
            "^Encountered (?:\"<EOF>\"|\" (?:\"[^\"]*\"|<\\w+>) \"(.*?) \"\") at line (\\d+), column (\\d+)");

    private final Dataset dataset;

    public QueryRunner(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Runs without a time limit. */
    public QueryResult run(BundledQuery query, Map<String, String> params) {
        return run(query, params, 0);
    }

    /**
     * Runs a query.
     *
     * @param params        parameter name to value as the user typed it ({@code zti:org/alibaba}, {@code 3})
     * @param timeoutMillis the time limit in milliseconds; 0 or less for none
     * @throws ZhituException for a syntax error, a bad, missing or unknown parameter, or a timeout
     */
    public QueryResult run(BundledQuery query, Map<String, String> params, long timeoutMillis) {
        Query parsed = parse(query);
        Binding binding = bind(query, params);
        if (dataset.supportsTransactions() && !dataset.isInTransaction()) {
            return Txn.calculateRead(dataset, () -> execute(query.name(), parsed, binding, timeoutMillis));
        }
        return execute(query.name(), parsed, binding, timeoutMillis);
    }

    /**
     * Parses a query's text (SPARQL 1.1).
     *
     * @throws ZhituException {@code NAME: syntax error at line L, column C: MESSAGE}
     */
    public static Query parse(BundledQuery query) {
        try {
            return QueryFactory.create(query.text(), Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            String message = firstLine(e.getMessage());
            int line = e.getLine();
            int column = e.getColumn();
            Matcher m = ENCOUNTERED.matcher(message);
            if (m.find()) {
                // JavaCC's "Encountered" message places the bad token; the exception's own position is the token before
                line = Integer.parseInt(m.group(2));
                column = Integer.parseInt(m.group(3));
                message = m.group(1) == null ? "unexpected end of query" : "unexpected \"" + m.group(1).strip() + "\"";
            }
            message = message.replaceFirst("^Line \\d+, column \\d+: ", "");
            if (line > 0) {
                throw new ZhituException(query.name() + ": syntax error at line " + line + ", column " + column + ": " + message, e);
            }
            throw new ZhituException(query.name() + ": syntax error: " + message, e);
        } catch (QueryException e) {
            throw new ZhituException(query.name() + ": " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * The values of a query's parameters: those given, checked against their declared types, then
     * the defaults; optional parameters not given stay unbound.
     *
     * @throws ZhituException for an unknown parameter, a missing required one, or a value of the wrong type
     */
    public static Binding bind(BundledQuery query, Map<String, String> params) {
        QueryHeader header = query.header();
        for (String name : params.keySet()) {
            if (header.param(name) == null) {
                String takes = header.params().isEmpty() ? "takes no parameters"
                        : "takes " + String.join(", ", header.params().stream().map(QueryParam::name).toList());
                throw new ZhituException("unknown parameter '" + name + "' (" + query.name() + " " + takes + ")");
            }
        }
        BindingBuilder b = Binding.builder();
        for (QueryParam p : header.params()) {
            String value = params.get(p.name());
            if (value == null) {
                if (p.required()) {
                    throw new ZhituException("missing parameter '" + p.name() + "' (" + query.name() + " requires it)");
                }
                value = p.defaultValue();
            }
            if (value != null) b.add(Var.alloc(p.name()), ParamValues.toNode(p.name(), p.type(), value));
        }
        return b.build();
    }

    private QueryResult execute(String name, Query query, Binding binding, long timeoutMillis) {
        if (query.getQueryPattern() == null) query.setQueryPattern(new ElementGroup()); // DESCRIBE <x> without WHERE
        QueryExecBuilder builder = QueryExec.dataset(dataset.asDatasetGraph()).query(query);
        if (!binding.isEmpty()) builder = builder.substitution(binding);
        if (timeoutMillis > 0) builder = builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        try (QueryExec exec = builder.build()) {
            return switch (query.queryType()) {
                case SELECT -> rows(exec.select());
                case ASK -> new QueryResult.Answer(exec.ask());
                case CONSTRUCT -> new QueryResult.Triples(copy(exec.construct()));
                case DESCRIBE -> new QueryResult.Triples(copy(exec.describe()));
                default -> throw new ZhituException(name + ": only SELECT, ASK, CONSTRUCT and DESCRIBE queries can run");
            };
        } catch (QueryCancelledException e) {
            throw new ZhituException(name + ": timed out after " + timeoutMillis + " ms", e);
        } catch (QueryException e) {
            throw new ZhituException(name + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static QueryResult.Rows rows(RowSet rowSet) {
        List<Var> vars = rowSet.getResultVars();
        List<Binding> rows = new ArrayList<>();
        while (rowSet.hasNext()) {
            Binding row = rowSet.next();
            BindingBuilder copy = Binding.builder();
            for (Var v : vars) {
                Node n = row.get(v);
                if (n != null) copy.add(v, n);
            }
            rows.add(copy.build());
        }
        return new QueryResult.Rows(vars.stream().map(Var::getVarName).toList(), rows);
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
