package io.zhitu.query;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
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

    /** The prefix lines that open the Turtle of a CONSTRUCT or DESCRIBE (those of every export). */
    static final String TURTLE_PREFIXES = """
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix schema: <https://schema.org/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix spdx: <http://spdx.org/licenses/> .
            @prefix wd: <http://www.wikidata.org/entity/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix zt: <https://w3id.org/zhitu/ontology#> .
            @prefix zti: <https://w3id.org/zhitu/id/> .
            """;

    /** A fresh dataset loaded with {@code fixture.trig}. */
    static Dataset dataset() {
        return load(RESOURCE);
    }

    /** A fresh dataset loaded with a TriG resource of the test classpath. */
    static Dataset load(String resource) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(Fixture.class.getClassLoader().getResource(resource).toString()).lang(Lang.TRIG).parse(dsg);
        return store(dsg);
    }

    /** An in-memory TDB2 copy of a dataset, its default graph the union of the named graphs, as zhitu's store has it. */
    static Dataset store(DatasetGraph source) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> source.find().forEachRemaining(dsg::add));
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
