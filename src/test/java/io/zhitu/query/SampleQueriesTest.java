package io.zhitu.query;

import io.zhitu.TestDocs;
import io.zhitu.core.Extraction;
import io.zhitu.core.Source;
import io.zhitu.rdf.GraphBuilder;
import io.zhitu.rdf.Provenance;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bundled query on the graph {@link GraphBuilder} makes of the sample article, loaded into a
 * TDB2 dataset with the union default graph as the store has it (reified evidence, reference facts in).
 */
class SampleQueriesTest {

    private static Dataset dataset;
    /** The document's IRI, and as tables show it. */
    private static String docIri;
    private static String doc;

    @BeforeAll
    static void build() throws IOException {
        Extraction x = TestDocs.pipeline().extract(
                new Source(TestDocs.SAMPLE.toString(), Files.readAllBytes(TestDocs.SAMPLE), null, null));
        dataset = Fixture.store(new GraphBuilder(Provenance.REIFIED, true).build(x));
        docIri = x.documentIri();
        doc = ResultWriter.cell(NodeFactory.createURI(docIri));
    }

    /** Parameters for the queries that need some. */
    private static final Map<String, Map<String, String>> PARAMS = Map.of(
            "entity-evidence", Map.of("entity", "zti:model/qwen3"),
            "statement-evidence", Map.of("subject", "zti:model/qwen3", "predicate", "zt:developedBy"),
            "documents-mentioning", Map.of("entity", "zti:model/qwen"),
            "rule-evidence", Map.of("rule", "no-such-rule"),
            "entity-neighbourhood", Map.of("entity", "zti:model/qwen3"),
            "describe-entity", Map.of("entity", "zti:org/alibaba"),
            "statement-exists", Map.of("subject", "zti:model/qwen3", "predicate", "zt:developedBy", "object", "zti:org/alibaba"),
            "find-entity", Map.of("text", "通義千問"));

    private static QueryResult run(String query, Map<String, String> params) {
        return new QueryRunner(dataset).run(QueryLibrary.standard().get(query), params);
    }

    private static List<String> lines(String query, String... params) {
        return Fixture.lines(run(query, Fixture.params(params)));
    }

    private static void assertHas(String query, List<String> lines, String row) {
        assertTrue(lines.contains(row), query + " should have the row\n  " + row + "\nbut has\n  " + String.join("\n  ", lines));
    }

    @Test
    void everyBundledQueryRuns() {
        Set<String> failed = new TreeSet<>();
        for (BundledQuery q : QueryLibrary.standard().all()) {
            Map<String, String> params = q.name().equals("document-additions") ? Map.of("document", "<" + docIri + ">")
                    : PARAMS.getOrDefault(q.name(), Map.of());
            try {
                QueryResult r = new QueryRunner(dataset).run(q, params);
                for (ResultFormat f : ResultFormat.values()) if (f.fits(r)) ResultWriter.toString(r, f);
            } catch (RuntimeException e) {
                failed.add(q.name() + ": " + e);
            }
        }
        assertEquals(Set.of(), failed);
    }

    @Test
    void modelsAndDevelopers() {
        assertHas("models-per-developer", lines("models-per-developer"),
                "zti:org/alibaba | Alibaba | zti:model/qwen3 | Qwen3 | " + doc);
        assertHas("models-per-developer", lines("models-per-developer", "org", "zti:org/alibaba"),
                "zti:org/alibaba | Alibaba | zti:model/qwen | Qwen | " + doc);
        assertHas("model-families", lines("model-families"), "zti:model/qwen | Qwen | zti:model/qwen3 | Qwen3 | true");
        assertHas("licences-per-model", lines("licences-per-model"),
                "zti:model/qwen3 | Qwen3 | spdx:Apache-2.0 | Apache License 2.0 | zti:graph/reference");
        assertHas("licences-per-organisation", lines("licences-per-organisation", "org", "zti:org/alibaba"),
                "zti:org/alibaba | Alibaba | spdx:Apache-2.0 | Apache License 2.0 | false | 1");
    }

    @Test
    void parametersAndRankings() {
        List<String> total = lines("models-by-total-parameters");
        assertHas("models-by-total-parameters", total, "zti:model/qwen3 | Qwen3 | 235000000000 | 235.0 | 22000000000 | ");
        List<String> active = lines("models-by-active-parameters");
        assertHas("models-by-active-parameters", active, "zti:model/qwen3 | Qwen3 | 22000000000 | 22.0 | 235000000000 | 9.4 | ");
        assertHas("rankings", lines("rankings"),
                "zti:model/qwen | Qwen | zt:rankedFirstOn | zti:platform/hugging-face | Hugging Face | " + doc);
    }

    @Test
    void organisationsPeopleAndReports() {
        assertHas("organisations-per-country", lines("organisations-per-country", "country", "zti:country/usa"),
                "zti:country/usa | United States | zti:org/stanford-hai | Stanford Institute for Human-Centered Artificial Intelligence | " + doc);
        assertHas("people", lines("people", "person", "zti:person/christopher-manning"),
                "zti:person/christopher-manning | Christopher D. Manning | zti:org/stanford-hai"
                        + " | Stanford Institute for Human-Centered Artificial Intelligence | 副主任");
        List<String> reports = lines("reports");
        assertTrue(reports.stream().anyMatch(r -> r.contains(" | 2025-12 | zti:org/stanford-hai | ")
                && r.endsWith(" | zti:person/christopher-manning | Christopher D. Manning | 5")), String.join("\n", reports));
        assertHas("unlinked-entities", lines("unlinked-entities", "class", "schema:Person"),
                "schema:Person | zti:person/christopher-manning | Christopher D. Manning | 1");
    }

    @Test
    void evidenceAndDocuments() {
        List<String> byStatement = lines("statement-evidence", "subject", "zti:model/qwen3", "predicate", "zt:developedBy");
        assertEquals(2, byStatement.size(), String.join("\n", byStatement));
        String row = byStatement.get(1);
        assertTrue(row.startsWith("zti:org/alibaba | " + doc + " | "), row);
        assertTrue(row.endsWith(" | 阿里巴巴通義千問3"), row);
        String rule = row.split(" \\| ")[5];
        assertTrue(lines("rule-evidence", "rule", rule).stream().anyMatch(l ->
                l.contains(" | zti:model/qwen3 | zt:developedBy | zti:org/alibaba | ")), "rule-evidence of " + rule);
        assertTrue(lines("statements-per-rule", "rule", rule).stream().anyMatch(l -> l.startsWith(rule + " | zt:developedBy | ")));
        assertTrue(lines("entity-evidence", "entity", "zti:model/qwen3").stream().anyMatch(l ->
                l.startsWith(doc + " | ") && l.contains(" | zti:model/qwen3 | zt:developedBy | zti:org/alibaba | " + rule + " | ")));
        assertTrue(lines("document-additions", "document", "<" + docIri + ">")
                .stream().anyMatch(l -> l.startsWith("zti:model/qwen3 | zt:developedBy | zti:org/alibaba | true | " + rule + " | ")));
        assertHas("documents-mentioning", lines("documents-mentioning", "entity", "zti:model/qwen"),
                doc + " | 美國頂尖智庫如何看待中國開源大模型的崛起 |  |  | ");
        List<String> documents = lines("documents");
        assertEquals(2, documents.size());
        assertTrue(documents.get(1).startsWith(doc + " | 美國頂尖智庫如何看待中國開源大模型的崛起 | "), documents.get(1));
        assertHas("co-mentions", lines("co-mentions", "min", "1"), "zti:model/qwen | Qwen | zti:model/qwen3 | Qwen3 | 1");
        assertEquals(1, lines("co-mentions").size(), "one document: no pair in two");
    }

    @Test
    void graphsAskAndSearch() {
        String neighbourhood = ResultWriter.toString(run("entity-neighbourhood", PARAMS.get("entity-neighbourhood")), ResultFormat.NTRIPLES);
        assertTrue(neighbourhood.contains("<https://w3id.org/zhitu/id/model/qwen3> <https://w3id.org/zhitu/ontology#developedBy>"
                + " <https://w3id.org/zhitu/id/org/alibaba> .\n"), neighbourhood);
        assertTrue(!neighbourhood.contains("/evidence/"), "no evidence nodes");
        String described = ResultWriter.toString(run("describe-entity", PARAMS.get("describe-entity")), ResultFormat.TABLE);
        assertTrue(described.contains("zti:org/alibaba  owl:sameAs  wd:Q1359568\n"), described);
        assertEquals(new QueryResult.Answer(true), run("statement-exists", PARAMS.get("statement-exists")));
        assertHas("find-entity", lines("find-entity", "text", "通義千問"), "zti:model/qwen3 | zt:AIModel | Qwen3 | 通義千問3");
    }
}
