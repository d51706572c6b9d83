package io.zhitu.query;

import io.zhitu.core.ZhituException;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QueryRunnerTest {

    private static Dataset dataset;
    private static QueryLibrary library;

    @BeforeAll
    static void load() {
        dataset = Fixture.dataset();
        library = QueryLibrary.standard();
    }

    private static String error(String query, String... params) {
        return error(library.get(query), params);
    }

    private static String error(BundledQuery query, String... params) {
        return assertThrows(ZhituException.class,
                () -> new QueryRunner(dataset).run(query, Fixture.params(params))).getMessage();
    }

    private static List<String> rows(String query, String... params) {
        return Fixture.lines(new QueryRunner(dataset).run(library.get(query), Fixture.params(params)));
    }

    @Test
    void anIntegerMustParse() {
        assertEquals("--param min: 'abc' is not an integer", error("co-mentions", "min", "abc"));
        assertEquals("--param min: '2.5' is not an integer", error("co-mentions", "min", "2.5"));
        assertEquals(rows("co-mentions", "min", "2"), rows("co-mentions", "min", " 2 "));
    }

    @Test
    void aRequiredParameterMustBeGiven() {
        assertEquals("missing parameter 'entity' (entity-evidence requires it)", error("entity-evidence"));
        assertEquals("missing parameter 'predicate' (statement-evidence requires it)",
                error("statement-evidence", "subject", "zti:model/qwen3"));
    }

    @Test
    void anUnknownParameterIsAnError() {
        assertEquals("unknown parameter 'minimum' (co-mentions takes min)", error("co-mentions", "minimum", "3"));
        assertEquals("unknown parameter 'x' (statement-evidence takes subject, predicate, object)",
                error("statement-evidence", "x", "1"));
        BundledQuery none = BundledQuery.of("mine", "SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 1");
        assertEquals("unknown parameter 'x' (mine takes no parameters)", error(none, "x", "1"));
    }

    @Test
    void anIriIsFullInBracketsOrPrefixed() {
        List<String> prefixed = rows("models-per-developer", "org", "zti:org/deepseek");
        assertEquals(2, prefixed.size());
        assertEquals(prefixed, rows("models-per-developer", "org", "https://w3id.org/zhitu/id/org/deepseek"));
        assertEquals(prefixed, rows("models-per-developer", "org", "<https://w3id.org/zhitu/id/org/deepseek>"));
        assertEquals(rows("statement-evidence", "subject", "zti:model/qwen", "predicate", "zt:developedBy"),
                rows("statement-evidence", "subject", "zti:model/qwen",
                        "predicate", "https://w3id.org/zhitu/ontology#developedBy"));
        assertEquals(2, rows("licences-per-model", "model", "zti:model/deepseek-r1").size());
    }

    @Test
    void aBadIriIsAnError() {
        assertEquals("--param org: 'alibaba' is not an IRI (give a full IRI, <IRI> or a prefixed name such as zti:org/alibaba)",
                error("models-per-developer", "org", "alibaba"));
        assertEquals("--param org: '<zti org>' is not an IRI (give a full IRI, <IRI> or a prefixed name such as zti:org/alibaba)",
                error("models-per-developer", "org", "<zti org>"));
        assertEquals("--param org: unknown prefix 'org:' in 'org:alibaba' (known: dcterms:, nif:, owl:, prov:, rdf:,"
                        + " rdfs:, schema:, skos:, spdx:, wd:, xsd:, zt:, zti:; or give a full IRI)",
                error("models-per-developer", "org", "org:alibaba"));
    }

    @Test
    void aDateIsYearMonthDay() {
        assertEquals("--param since: '2025-13-01' is not a date (YYYY-MM-DD)", error("documents", "since", "2025-13-01"));
        assertEquals("--param since: '2025-06' is not a date (YYYY-MM-DD)", error("documents", "since", "2025-06"));
        assertEquals(3, rows("documents", "since", "2025-05-02").size());
    }

    @Test
    void valuesAreBoundNotPasted() {
        assertEquals(List.of("entity | class | entity_name | matched"),
                rows("find-entity", "text", "\") } } DROP ALL #"));
        assertEquals(List.of("entity | class | entity_name | matched"),
                rows("find-entity", "text", "?entity"));
    }

    @Test
    void aSyntaxErrorNamesTheQueryLineAndColumn() {
        BundledQuery broken = BundledQuery.of("broken", "# title: Broken\nSELECT ?x\nWHERE { ?x ?p . }\n");
        assertEquals("broken: syntax error at line 3, column 15: unexpected \".\"", error(broken));
        BundledQuery open = BundledQuery.of("open", "SELECT ?x WHERE {");
        assertEquals("open: syntax error at line 1, column 17: unexpected end of query", error(open));
        BundledQuery prefix = BundledQuery.of("prefix", "# title: x\nSELECT ?x WHERE { ?x foo:bar ?y }");
        assertEquals("prefix: syntax error at line 2, column 22: Unresolved prefixed name: foo:bar", error(prefix));
        BundledQuery group = BundledQuery.of("group", "SELECT ?x WHERE { ?x ?p ?o } GROUP BY ?p");
        assertEquals("group: syntax error: Non-group key variable in SELECT: ?x", error(group));
    }

    @Test
    void updatesAreNotQueries() {
        BundledQuery update = BundledQuery.of("drop", "DROP ALL");
        assertEquals("drop: syntax error at line 1, column 1: unexpected \"DROP\"", error(update));
    }

    @Test
    void askConstructAndDescribeRun() {
        QueryRunner r = new QueryRunner(dataset);
        assertEquals(new QueryResult.Answer(true), r.run(BundledQuery.of("a", "ASK { ?s a <https://schema.org/Report> }"), Map.of()));
        QueryResult.Triples c = (QueryResult.Triples) r.run(BundledQuery.of("c",
                "CONSTRUCT { ?s a <https://schema.org/Report> } WHERE { ?s a <https://schema.org/Report> }"), Map.of());
        assertEquals(1, c.graph().size());
        QueryResult.Triples d = (QueryResult.Triples) r.run(BundledQuery.of("d",
                "DESCRIBE <https://w3id.org/zhitu/id/org/netease>"), Map.of());
        assertEquals(4, d.graph().size());
    }

    @Test
    void theDefaultGraphIsTheUnionAndGraphFindsTheSource() {
        QueryRunner r = new QueryRunner(dataset);
        QueryResult.Rows rows = (QueryResult.Rows) r.run(BundledQuery.of("g",
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a <https://schema.org/NewsArticle> } } GROUP BY ?g ORDER BY ?g"), Map.of());
        assertEquals(2, rows.rows().size());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aTimeoutStopsTheQuery() {
        BundledQuery slow = BundledQuery.of("slow",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }");
        ZhituException e = assertThrows(ZhituException.class, () -> new QueryRunner(dataset).run(slow, Map.of(), 200));
        assertEquals("slow: timed out after 200 ms", e.getMessage());
    }
}
