package io.zhitu.query;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The store the query tests run on: an in-memory TDB2 dataset with the union of the named graphs as its default graph, as zhitu's store has. */
final class Fixture {
    private Fixture() {}

    static final String RESOURCE = "query/fixture.trig";

    /** A fresh dataset loaded with {@code fixture.trig}. */
    static Dataset dataset() {
        return load(RESOURCE);
    }

    /** A fresh dataset loaded with a TriG resource of the test classpath. */
    static Dataset load(String resource) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> RDFParser.source(Fixture.class.getClassLoader().getResource(resource).toString())
                .lang(Lang.TRIG).parse(dsg));
        return DatasetFactory.wrap(dsg);
    }

    /** The rows of a SELECT as table cells joined by " | ", with the header first. */
    static List<String> lines(QueryResult result) {
        QueryResult.Rows rows = (QueryResult.Rows) result;
        List<String> out = new ArrayList<>();
        out.add(String.join(" | ", rows.vars()));
        for (Binding b : rows.rows()) {
            List<String> cells = new ArrayList<>();
            for (String v : rows.vars()) cells.add(ResultWriter.cell(b.get(Var.alloc(v))));
            out.add(String.join(" | ", cells));
        }
        return out;
    }

    static Map<String, String> params(String... kv) {
        java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }
}
