package io.zhitu.query;

import io.zhitu.core.ZhituException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryHeaderTest {

    @Test
    void readsTheReadmeExample() {
        QueryHeader h = QueryHeader.parse("q", """
                # title: Models per developer
                # description: Every AI model with the organisation that developed it, and the document that says so.
                # description: (a second description line is allowed)
                # param: org iri optional -- restrict to one developer (e.g. zti:org/alibaba)
                # param: min integer 2 -- the least number of documents
                # a free comment
                PREFIX zt: <https://w3id.org/zhitu/ontology#>
                # title: not the header any more
                SELECT * WHERE { ?model zt:developedBy ?org }
                """);
        assertEquals("Models per developer", h.title());
        assertEquals(List.of("Every AI model with the organisation that developed it, and the document that says so.",
                "(a second description line is allowed)"), h.description());
        assertEquals(List.of(
                new QueryParam("org", QueryParam.Type.IRI, false, null, "restrict to one developer (e.g. zti:org/alibaba)"),
                new QueryParam("min", QueryParam.Type.INTEGER, false, "2", "the least number of documents")), h.params());
        assertTrue(h.param("org").optional());
        assertEquals("optional", h.param("org").defaultField());
        assertEquals("2", h.param("min").defaultField());
        assertNull(h.param("nope"));
    }

    @Test
    void requiredAndTypes() {
        QueryHeader h = QueryHeader.parse("q", """
                # param: entity iri required -- the entity
                # param: rule string optional -- a rule id
                # param: since date 2025-01-01 -- a day
                """);
        assertTrue(h.param("entity").required());
        assertEquals(QueryParam.Type.STRING, h.param("rule").type());
        assertEquals("2025-01-01", h.param("since").defaultValue());
        assertNull(h.title());
        assertEquals(List.of(), h.description());
    }

    @Test
    void badHeaderLinesAreErrors() {
        assertEquals("q: line 2: expected '# param: NAME TYPE DEFAULT -- DESCRIPTION', found '# param: org iri optional'",
                error("# title: t\n# param: org iri optional\nSELECT * {}"));
        assertEquals("q: line 1: unknown parameter type 'number' (iri, string, integer or date)",
                error("# param: n number 2 -- x\n"));
        assertEquals("q: line 1: bad default: --param n: 'two' is not an integer",
                error("# param: n integer two -- x\n"));
        assertEquals("q: line 2: parameter 'n' declared twice",
                error("# param: n integer 2 -- x\n# param: n integer 3 -- y\n"));
        assertEquals("q: line 2: a second title", error("# title: a\n# title: b\n"));
    }

    private static String error(String text) {
        return assertThrows(ZhituException.class, () -> QueryHeader.parse("q", text)).getMessage();
    }
}
