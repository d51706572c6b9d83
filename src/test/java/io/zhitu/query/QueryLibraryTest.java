package io.zhitu.query;

import io.zhitu.core.ZhituException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryLibraryTest {

    @Test
    void allIsSortedByName() {
        List<String> names = QueryLibrary.standard().all().stream().map(BundledQuery::name).toList();
        assertEquals(names.stream().sorted().toList(), names);
        assertEquals(names, QueryLibrary.standard().names());
        assertTrue(names.contains("models-per-developer"));
        assertEquals("Models per developer", QueryLibrary.standard().get("models-per-developer").title());
    }

    @Test
    void anUnknownQueryIsAnError() {
        ZhituException e = assertThrows(ZhituException.class, () -> QueryLibrary.standard().get("foo"));
        assertEquals("unknown query 'foo' (zhitu queries lists them)", e.getMessage());
        e = assertThrows(ZhituException.class, () -> QueryLibrary.standard().resolve("foo"));
        assertEquals("unknown query 'foo' (zhitu queries lists them)", e.getMessage());
    }

    @Test
    void aMissingFileIsAnError() {
        ZhituException e = assertThrows(ZhituException.class, () -> QueryLibrary.standard().resolve("foo.rq"));
        assertEquals("foo.rq: no such file", e.getMessage());
        e = assertThrows(ZhituException.class, () -> QueryLibrary.load(Path.of("no", "such", "q.rq")));
        assertEquals(Path.of("no", "such", "q.rq") + ": no such file", e.getMessage());
    }

    @Test
    void aUserFileRunsWithItsParameters(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my-models.rq");
        Files.writeString(file, """
                # title: My models
                # param: org iri required -- the developer
                PREFIX zt: <https://w3id.org/zhitu/ontology#>
                SELECT ?model WHERE { ?model zt:developedBy ?org } ORDER BY ?model
                """, StandardCharsets.UTF_8);
        BundledQuery q = QueryLibrary.standard().resolve(file.toString());
        assertEquals("my-models", q.name());
        assertEquals("My models", q.title());
        QueryResult r = new QueryRunner(Fixture.dataset()).run(q, Map.of("org", "zti:org/alibaba"));
        assertEquals(List.of("model", "zti:model/qwen", "zti:model/qwen3"), Fixture.lines(r));
    }

    @Test
    void aUserFileWithoutHeaderIsNamedAfterTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plain.rq");
        Files.writeString(file, "\uFEFFASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        BundledQuery q = QueryLibrary.load(file);
        assertEquals("plain", q.title());
        assertEquals(new QueryResult.Answer(true), new QueryRunner(Fixture.dataset()).run(q, Map.of()));
    }

    @Test
    void aFileThatIsNotUtf8IsAnError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.rq");
        Files.write(file, new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        ZhituException e = assertThrows(ZhituException.class, () -> QueryLibrary.load(file));
        assertEquals(file + ": not UTF-8 text", e.getMessage());
    }
}
