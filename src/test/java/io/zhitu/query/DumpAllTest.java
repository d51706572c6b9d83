package io.zhitu.query;

import org.junit.jupiter.api.Test;

import java.util.Map;

class DumpAllTest {
    @Test
    void dump() {
        QueryRunner r = new QueryRunner(Fixture.dataset());
        Map<String, Map<String, String>> params = Map.of(
                "entity-evidence", Map.of("entity", "zti:model/qwen3"),
                "statement-evidence", Map.of("subject", "zti:model/qwen3", "predicate", "zt:developedBy"),
                "documents-mentioning", Map.of("entity", "zti:model/qwen"),
                "document-additions", Map.of("document", "<https://example.com/news/beyond-deepseek>"),
                "rule-evidence", Map.of("rule", "developed-by"),
                "entity-neighbourhood", Map.of("entity", "zti:model/qwen3"),
                "describe-entity", Map.of("entity", "zti:org/alibaba"),
                "statement-exists", Map.of("subject", "zti:model/qwen3", "predicate", "zt:developedBy"),
                "find-entity", Map.of("text", "qwen"));
        for (BundledQuery q : QueryLibrary.standard().all()) {
            System.out.println("=== " + q.name());
            QueryResult res = r.run(q, params.getOrDefault(q.name(), Map.of()));
            System.out.print(ResultWriter.toString(res, res instanceof QueryResult.Triples ? ResultFormat.TURTLE : ResultFormat.TABLE));
        }
    }
}
