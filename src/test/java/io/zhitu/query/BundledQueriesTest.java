package io.zhitu.query;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every bundled query run on {@code fixture.trig}, its rows asserted exactly (cells as tables show
 * them, joined by " | ", the header first). One test method per query, named after it in camel case.
 */
class BundledQueriesTest {

    private static final String D1 = "zti:doc/1a2b3c4d5e6f7081";
    private static final String D2 = "https://example.com/news/beyond-deepseek";
    private static final String REF = "zti:graph/reference";
    private static final String D2_HEADLINE = "How a top US think tank sees China's open models";

    private static Dataset dataset;
    private static QueryLibrary library;

    @BeforeAll
    static void load() {
        dataset = Fixture.dataset();
        library = QueryLibrary.standard();
    }

    private static QueryResult run(String query, String... params) {
        return new QueryRunner(dataset).run(library.get(query), Fixture.params(params));
    }

    private static void assertRows(String query, String[] params, String... expected) {
        assertEquals(List.of(expected), Fixture.lines(run(query, params)), query + " " + String.join(" ", params));
    }

    private static String[] p(String... kv) {
        return kv;
    }

    @Test
    void everyQueryHasATestHere() {
        Set<String> methods = Arrays.stream(BundledQueriesTest.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (String name : library.names()) {
            String camel = Arrays.stream(name.split("-")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                    .collect(Collectors.joining());
            camel = Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
            if (!methods.contains(camel)) missing.add(name + " (" + camel + ")");
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void modelsPerDeveloper() {
        assertRows("models-per-developer", p(),
                "org | org_name | model | model_name | source",
                "zti:org/alibaba | Alibaba | zti:model/qwen | Qwen | " + D2,
                "zti:org/alibaba | Alibaba | zti:model/qwen | Qwen | " + D1,
                "zti:org/alibaba | Alibaba | zti:model/qwen3 | Qwen3 | " + D1,
                "zti:org/deepseek | DeepSeek | zti:model/deepseek-r1 | DeepSeek-R1 | " + D2);
        assertRows("models-per-developer", p("org", "zti:org/deepseek"),
                "org | org_name | model | model_name | source",
                "zti:org/deepseek | DeepSeek | zti:model/deepseek-r1 | DeepSeek-R1 | " + D2);
    }

    @Test
    void licencesPerModel() {
        assertRows("licences-per-model", p(),
                "model | model_name | licence | licence_name | source",
                "zti:model/deepseek-r1 | DeepSeek-R1 | spdx:MIT | MIT License | " + D2,
                "zti:model/qwen3 | Qwen3 | spdx:Apache-2.0 | Apache License 2.0 | " + D1);
        assertRows("licences-per-model", p("model", "zti:model/qwen3"),
                "model | model_name | licence | licence_name | source",
                "zti:model/qwen3 | Qwen3 | spdx:Apache-2.0 | Apache License 2.0 | " + D1);
    }

    @Test
    void licencesPerOrganisation() {
        assertRows("licences-per-organisation", p(),
                "org | org_name | licence | licence_name | direct | models",
                "zti:org/alibaba | Alibaba | spdx:Apache-2.0 | Apache License 2.0 | true | 1",
                "zti:org/deepseek | DeepSeek | spdx:MIT | MIT License | false | 1");
        assertRows("licences-per-organisation", p("org", "zti:org/deepseek"),
                "org | org_name | licence | licence_name | direct | models",
                "zti:org/deepseek | DeepSeek | spdx:MIT | MIT License | false | 1");
    }

    @Test
    void organisationsPerCountry() {
        assertRows("organisations-per-country", p(),
                "country | country_name | org | org_name | source",
                "zti:country/china | China | zti:org/alibaba | Alibaba | " + REF,
                "zti:country/china | China | zti:org/deepseek | DeepSeek | " + D2,
                "zti:country/usa | United States | zti:org/stanford-university | Stanford University | " + REF);
        assertRows("organisations-per-country", p("country", "zti:country/usa"),
                "country | country_name | org | org_name | source",
                "zti:country/usa | United States | zti:org/stanford-university | Stanford University | " + REF);
    }

    @Test
    void people() {
        String[] expected = {
                "person | person_name | org | org_name | job_title",
                "zti:person/christopher-manning | Christopher D. Manning | zti:org/stanford-hai"
                        + " | Stanford Institute for Human-Centered Artificial Intelligence | Associate Director"};
        assertRows("people", p(), expected);
        assertRows("people", p("person", "zti:person/christopher-manning"), expected);
        assertRows("people", p("person", "zti:person/nobody"), expected[0]);
    }

    @Test
    void reports() {
        assertRows("reports", p(),
                "report | title | date | publisher | publisher_name | author | author_name | author_count",
                "zti:report/beyond-deepseek | Beyond DeepSeek: China's Diffuse Open-Weight AI Ecosystem | 2025-12"
                        + " | zti:org/stanford-hai | Stanford Institute for Human-Centered Artificial Intelligence"
                        + " | zti:person/christopher-manning | Christopher D. Manning | 5");
    }

    @Test
    void modelsByTotalParameters() {
        assertRows("models-by-total-parameters", p(),
                "model | model_name | total_parameters | billions | active_parameters | architecture",
                "zti:model/deepseek-r1 | DeepSeek-R1 | 671000000000 | 671.0 | 37000000000 | ",
                "zti:model/qwen3 | Qwen3 | 235000000000 | 235.0 | 22000000000 | zt:MixtureOfExperts");
        assertRows("models-by-total-parameters", p("min_billions", "300"),
                "model | model_name | total_parameters | billions | active_parameters | architecture",
                "zti:model/deepseek-r1 | DeepSeek-R1 | 671000000000 | 671.0 | 37000000000 | ");
    }

    @Test
    void modelsByActiveParameters() {
        assertRows("models-by-active-parameters", p(),
                "model | model_name | active_parameters | billions | total_parameters | active_percent | architecture",
                "zti:model/deepseek-r1 | DeepSeek-R1 | 37000000000 | 37.0 | 671000000000 | 5.5 | ",
                "zti:model/qwen3 | Qwen3 | 22000000000 | 22.0 | 235000000000 | 9.4 | zt:MixtureOfExperts");
        assertRows("models-by-active-parameters", p("min_billions", "30"),
                "model | model_name | active_parameters | billions | total_parameters | active_percent | architecture",
                "zti:model/deepseek-r1 | DeepSeek-R1 | 37000000000 | 37.0 | 671000000000 | 5.5 | ");
    }

    @Test
    void rankings() {
        assertRows("rankings", p(),
                "model | model_name | relation | target | target_name | source",
                "zti:model/qwen3 | Qwen3 | zt:outperforms | zti:model/deepseek-r1 | DeepSeek-R1 | " + D1,
                "zti:model/qwen3 | Qwen3 | zt:rankedFirstOn | zti:platform/hugging-face | Hugging Face | " + D1);
        assertRows("rankings", p("model", "zti:model/deepseek-r1"),
                "model | model_name | relation | target | target_name | source");
    }

    @Test
    void entityEvidence() {
        assertRows("entity-evidence", p("entity", "zti:org/alibaba"),
                "document | sentence | begin | end | subject | predicate | object | rule | text",
                D2 + " | 4 | 337 | 356 | zti:model/qwen | zt:developedBy | zti:org/alibaba | developed-by | Alibaba's Qwen",
                D1 + " | 0 | 40 | 56 | zti:model/qwen | zt:developedBy | zti:org/alibaba | developed-by | 阿里巴巴推出的通義千問(Qwen)",
                D1 + " | 1 | 60 | 72 | zti:model/qwen3 | zt:developedBy | zti:org/alibaba | developed-by | 阿里巴巴發布的Qwen3",
                D1 + " | 3 | 131 | 150 | zti:org/alibaba | schema:license | spdx:Apache-2.0 | license-org | 阿里巴巴的模型均採用Apache 2.0");
        assertRows("entity-evidence", p("entity", "zti:model/qwen3"),
                "document | sentence | begin | end | subject | predicate | object | rule | text",
                D1 + " | -1 | 6 | 11 | " + D1 + " | schema:about | zti:model/qwen3 | headline-subject | Qwen3",
                D1 + " | 1 | 60 | 72 | zti:model/qwen3 | zt:developedBy | zti:org/alibaba | developed-by | 阿里巴巴發布的Qwen3",
                D1 + " | 1 | 67 | 80 | zti:model/qwen3 | zt:partOfFamily | zti:model/qwen | family-member | Qwen3屬於通義千問家族",
                D1 + " | 2 | 82 | 93 | zti:model/qwen3 | zt:totalParameters | 235000000000 | parameters-moe | 總參數2350億",
                D1 + " | 2 | 94 | 104 | zti:model/qwen3 | zt:activeParameters | 22000000000 | parameters-moe | 激活參數220億",
                D1 + " | 2 | 105 | 109 | zti:model/qwen3 | zt:architecture | zt:MixtureOfExperts | architecture-moe | 混合專家",
                D1 + " | 3 | 112 | 130 | zti:model/qwen3 | schema:license | spdx:Apache-2.0 | license | Qwen3以Apache 2.0協議開源",
                D1 + " | 4 | 152 | 174 | zti:model/qwen3 | zt:rankedFirstOn | zti:platform/hugging-face | ranked-first | Qwen3登頂Hugging Face下載榜",
                D1 + " | 4 | 175 | 190 | zti:model/qwen3 | zt:outperforms | zti:model/deepseek-r1 | outperforms | 超越了DeepSeek-R1");
    }

    @Test
    void statementEvidence() {
        assertRows("statement-evidence", p("subject", "zti:model/qwen", "predicate", "zt:developedBy"),
                "object | document | sentence | begin | end | rule | text",
                "zti:org/alibaba | " + D2 + " | 4 | 337 | 356 | developed-by | Alibaba's Qwen",
                "zti:org/alibaba | " + D1 + " | 0 | 40 | 56 | developed-by | 阿里巴巴推出的通義千問(Qwen)");
        assertRows("statement-evidence", p("subject", "zti:model/deepseek-r1", "predicate", "zt:totalParameters"),
                "object | document | sentence | begin | end | rule | text",
                "671000000000 | " + D2 + " | 3 | 285 | 313 | parameters-moe | 671 billion parameters");
        assertRows("statement-evidence", p("subject", "zti:model/qwen3", "predicate", "zt:developedBy", "object", "zti:org/deepseek"),
                "object | document | sentence | begin | end | rule | text");
    }

    @Test
    void documentsMentioning() {
        assertRows("documents-mentioning", p("entity", "zti:model/qwen"),
                "document | headline | date | publisher | publisher_name",
                D1 + " | 阿里巴巴發布Qwen3 | 2025-05-02 | zti:org/netease | 网易",
                D2 + " | " + D2_HEADLINE + " | 2025-12-15 |  | ");
        assertRows("documents-mentioning", p("entity", "zti:org/stanford-hai"),
                "document | headline | date | publisher | publisher_name",
                D2 + " | " + D2_HEADLINE + " | 2025-12-15 |  | ");
    }

    @Test
    void coMentions() {
        assertRows("co-mentions", p(),
                "entity_a | entity_a_name | entity_b | entity_b_name | documents",
                "zti:model/deepseek-r1 | DeepSeek-R1 | zti:model/qwen | Qwen | 2",
                "zti:model/deepseek-r1 | DeepSeek-R1 | zti:org/alibaba | Alibaba | 2",
                "zti:model/qwen | Qwen | zti:org/alibaba | Alibaba | 2");
        assertRows("co-mentions", p("min", "3"),
                "entity_a | entity_a_name | entity_b | entity_b_name | documents");
        QueryResult.Rows all = (QueryResult.Rows) run("co-mentions", "min", "1");
        assertEquals(15 + 45 - 3, all.rows().size(), "pairs of 6 and of 10 mentions, the 3 shared pairs once");
    }

    @Test
    void documentAdditions() {
        assertRows("document-additions", p("document", D1),
                "subject | predicate | object | only_here | rule | sentence",
                "spdx:Apache-2.0 | rdf:type | zt:License | true |  | ",
                "zti:model/qwen3 | rdf:type | zt:AIModel | true |  | ",
                "zti:org/netease | rdf:type | schema:Organization | true |  | ",
                "zti:platform/hugging-face | rdf:type | zt:Platform | true |  | ",
                D1 + " | schema:about | zti:model/qwen3 | true | headline-subject | -1",
                D1 + " | schema:datePublished | 2025-05-02 | true | page-date | -1",
                D1 + " | schema:name | 阿里巴巴發布Qwen3 | true | page-headline | -1",
                D1 + " | schema:publisher | zti:org/netease | true | page-publisher | -1",
                "zti:model/qwen | zt:developedBy | zti:org/alibaba | false | developed-by | 0",
                "zti:model/qwen3 | zt:developedBy | zti:org/alibaba | true | developed-by | 1",
                "zti:model/qwen3 | zt:partOfFamily | zti:model/qwen | true | family-member | 1",
                "zti:model/qwen3 | zt:activeParameters | 22000000000 | true | parameters-moe | 2",
                "zti:model/qwen3 | zt:architecture | zt:MixtureOfExperts | true | architecture-moe | 2",
                "zti:model/qwen3 | zt:totalParameters | 235000000000 | true | parameters-moe | 2",
                "zti:model/qwen3 | schema:license | spdx:Apache-2.0 | true | license | 3",
                "zti:org/alibaba | schema:license | spdx:Apache-2.0 | true | license-org | 3",
                "zti:model/qwen3 | zt:outperforms | zti:model/deepseek-r1 | true | outperforms | 4",
                "zti:model/qwen3 | zt:rankedFirstOn | zti:platform/hugging-face | true | ranked-first | 4");
        QueryResult.Rows d2 = (QueryResult.Rows) run("document-additions", "document", "<" + D2 + ">");
        assertEquals(5 + 17, d2.rows().size(), "5 entities first seen, 17 statements");
    }

    @Test
    void unlinkedEntities() {
        assertRows("unlinked-entities", p(),
                "class | entity | entity_name | documents",
                "schema:Person | zti:person/christopher-manning | Christopher D. Manning | 1",
                "schema:Report | zti:report/beyond-deepseek | Beyond DeepSeek | 1");
        assertRows("unlinked-entities", p("class", "schema:Report"),
                "class | entity | entity_name | documents",
                "schema:Report | zti:report/beyond-deepseek | Beyond DeepSeek | 1");
    }

    @Test
    void statementsPerRule() {
        assertRows("statements-per-rule", p(),
                "rule | predicate | statements | documents",
                "affiliation-title | schema:affiliation | 1 | 1",
                "affiliation-title | schema:jobTitle | 1 | 1",
                "architecture-moe | zt:architecture | 1 | 1",
                "author-count | zt:authorCount | 1 | 1",
                "developed-by | zt:developedBy | 4 | 2",
                "family-member | zt:partOfFamily | 1 | 1",
                "headline-subject | schema:about | 2 | 2",
                "license | schema:license | 2 | 2",
                "license-org | schema:license | 1 | 1",
                "org-country | zt:country | 1 | 1",
                "outperforms | zt:outperforms | 1 | 1",
                "page-date | schema:datePublished | 2 | 2",
                "page-headline | schema:name | 2 | 2",
                "page-publisher | schema:publisher | 1 | 1",
                "parameters-moe | zt:activeParameters | 2 | 2",
                "parameters-moe | zt:totalParameters | 2 | 2",
                "parent-org | schema:parentOrganization | 1 | 1",
                "ranked-first | zt:rankedFirstOn | 1 | 1",
                "report-author | schema:author | 1 | 1",
                "report-date | schema:datePublished | 1 | 1",
                "report-publisher | schema:publisher | 1 | 1",
                "report-title | schema:name | 1 | 1");
        assertRows("statements-per-rule", p("rule", "parameters-moe"),
                "rule | predicate | statements | documents",
                "parameters-moe | zt:activeParameters | 2 | 2",
                "parameters-moe | zt:totalParameters | 2 | 2");
    }

    @Test
    void ruleEvidence() {
        assertRows("rule-evidence", p("rule", "developed-by"),
                "document | sentence | begin | end | subject | predicate | object | text",
                D2 + " | 2 | 232 | 260 | zti:model/deepseek-r1 | zt:developedBy | zti:org/deepseek | DeepSeek released DeepSeek-R1",
                D2 + " | 4 | 337 | 356 | zti:model/qwen | zt:developedBy | zti:org/alibaba | Alibaba's Qwen",
                D1 + " | 0 | 40 | 56 | zti:model/qwen | zt:developedBy | zti:org/alibaba | 阿里巴巴推出的通義千問(Qwen)",
                D1 + " | 1 | 60 | 72 | zti:model/qwen3 | zt:developedBy | zti:org/alibaba | 阿里巴巴發布的Qwen3");
    }

    @Test
    void modelFamilies() {
        assertRows("model-families", p(),
                "family | family_name | member | member_name | direct",
                "zti:model/qwen | Qwen | zti:model/qwen3 | Qwen3 | true",
                "zti:model/qwen | Qwen | zti:model/qwen3-235b-a22b | Qwen3-235B-A22B | false",
                "zti:model/qwen3 | Qwen3 | zti:model/qwen3-235b-a22b | Qwen3-235B-A22B | true");
        assertRows("model-families", p("family", "zti:model/qwen3"),
                "family | family_name | member | member_name | direct",
                "zti:model/qwen3 | Qwen3 | zti:model/qwen3-235b-a22b | Qwen3-235B-A22B | true");
    }

    @Test
    void entityNeighbourhood() {
        QueryResult r = run("entity-neighbourhood", "entity", "zti:org/netease");
        assertEquals(Fixture.TURTLE_PREFIXES + """

                <https://w3id.org/zhitu/id/doc/1a2b3c4d5e6f7081>
                    a schema:NewsArticle ;
                    schema:name "阿里巴巴發布Qwen3"@zh-Hant ;
                    schema:publisher <https://w3id.org/zhitu/id/org/netease> .

                <https://w3id.org/zhitu/id/org/netease>
                    a schema:Organization ;
                    owl:sameAs wd:Q9000001 ;
                    rdfs:label "網易"@zh-Hant , "网易"@zh-Hans .
                """, ResultWriter.toString(r, ResultFormat.TURTLE));
        QueryResult.Triples qwen3 = (QueryResult.Triples) run("entity-neighbourhood", "entity", "zti:model/qwen3");
        assertEquals(false, qwen3.graph().find().toList().stream()
                .anyMatch(t -> t.getSubject().isURI() && t.getSubject().getURI().contains("/evidence/")), "no evidence nodes");
        assertEquals(14 + 14 + 4 + 3, qwen3.graph().size(), "its own 14, its objects' types and labels 14, the document 4, the sub-model 3");
    }

    @Test
    void describeEntity() {
        QueryResult r = run("describe-entity", "entity", "zti:org/netease");
        assertEquals("""
                subject          predicate   object
                ---------------  ----------  -------------------
                zti:org/netease  rdf:type    schema:Organization
                zti:org/netease  rdfs:label  網易
                zti:org/netease  rdfs:label  网易
                zti:org/netease  owl:sameAs  wd:Q9000001
                """, ResultWriter.toString(r, ResultFormat.TABLE));
    }

    @Test
    void statementExists() {
        assertEquals(new QueryResult.Answer(true), run("statement-exists", "subject", "zti:model/qwen3", "predicate", "zt:developedBy"));
        assertEquals(new QueryResult.Answer(true), run("statement-exists",
                "subject", "zti:model/qwen3", "predicate", "zt:developedBy", "object", "zti:org/alibaba"));
        assertEquals(new QueryResult.Answer(false), run("statement-exists",
                "subject", "zti:model/qwen3", "predicate", "zt:developedBy", "object", "zti:org/deepseek"));
        assertEquals(new QueryResult.Answer(true), run("statement-exists",
                "subject", "zti:org/stanford-university", "predicate", "zt:country", "object", "zti:country/usa"),
                "reference facts are in the union too");
    }

    @Test
    void findEntity() {
        assertRows("find-entity", p("text", "通義"),
                "entity | class | entity_name | matched",
                "zti:model/qwen | zt:AIModel | Qwen | 通義千問",
                "zti:model/qwen3 | zt:AIModel | Qwen3 | 通義千問3");
        assertRows("find-entity", p("text", "hai"),
                "entity | class | entity_name | matched",
                "zti:org/stanford-hai | schema:Organization | Stanford Institute for Human-Centered Artificial Intelligence | Stanford HAI");
        assertRows("find-entity", p("text", "网易"),
                "entity | class | entity_name | matched",
                "zti:org/netease | schema:Organization | 网易 | 网易");
    }

    @Test
    void documents() {
        assertRows("documents", p(),
                "document | headline | date | publisher | publisher_name | mentions | statements",
                D2 + " | " + D2_HEADLINE + " | 2025-12-15 |  |  | 10 | 17",
                D1 + " | 阿里巴巴發布Qwen3 | 2025-05-02 | zti:org/netease | 网易 | 6 | 14");
        assertRows("documents", p("since", "2025-06-01"),
                "document | headline | date | publisher | publisher_name | mentions | statements",
                D2 + " | " + D2_HEADLINE + " | 2025-12-15 |  |  | 10 | 17");
    }
}
