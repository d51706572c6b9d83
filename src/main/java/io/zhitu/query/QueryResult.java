package io.zhitu.query;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.List;

/** What a query returned, read in full (so that it outlives the store's transaction). */
public sealed interface QueryResult {

    /** The result of a SELECT: the projected variables, in order, and the rows, in the query's order. */
    record Rows(List<String> vars, List<Binding> rows) implements QueryResult {
        public Rows {
            vars = List.copyOf(vars);
            rows = List.copyOf(rows);
        }
    }

    /** The result of an ASK. */
    record Answer(boolean value) implements QueryResult {}

    /** The result of a CONSTRUCT or DESCRIBE. */
    record Triples(Graph graph) implements QueryResult {}
}
