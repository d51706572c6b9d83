package io.zhitu.query;

import io.zhitu.core.ZhituException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultWriterTest {

    private static final String ZTI = "https://w3id.org/zhitu/id/";

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Binding row(String entity, Node name, Node text) {
        BindingBuilder b = Binding.builder();
        b.add(Var.alloc("entity"), iri(entity));
        if (name != null) b.add(Var.alloc("name"), name);
        if (text != null) b.add(Var.alloc("text"), text);
        return b.build();
    }

    private static final QueryResult.Rows CJK = new QueryResult.Rows(List.of("entity", "name", "text"), List.of(
            row(ZTI + "org/alibaba", NodeFactory.createLiteralLang("阿里巴巴", "zh-Hans"), NodeFactory.createLiteralString("Alibaba")),
            row(ZTI + "model/qwen3", NodeFactory.createLiteralLang("通義千問3", "zh-Hant"),
                    NodeFactory.createLiteralString("Qwen3登頂Hugging Face")),
            row("http://spdx.org/licenses/MIT", NodeFactory.createLiteralLang("MIT License", "en"), null)));

    @Test
    void aTableCountsWideCharactersAsTwoColumns() {
        assertEquals("""
                entity           name         text
                ---------------  -----------  ---------------------
                zti:org/alibaba  阿里巴巴     Alibaba
                zti:model/qwen3  通義千問3    Qwen3登頂Hugging Face
                spdx:MIT         MIT License
                """, ResultWriter.toString(CJK, ResultFormat.TABLE));
    }

    @Test
    void aTableShowsLiteralsPlainlyAndOnOneLine() {
        QueryResult.Rows rows = new QueryResult.Rows(List.of("entity", "name", "text"), List.of(
                row("http://example.org/x", NodeFactory.createLiteralDT("235000000000", XSDDatatype.XSDlong),
                        NodeFactory.createLiteralString("two\nlines\tand a tab"))));
        assertEquals("""
                entity                name          text
                --------------------  ------------  -------------------
                http://example.org/x  235000000000  two lines and a tab
                """, ResultWriter.toString(rows, ResultFormat.TABLE));
    }

    @Test
    void anEmptyResultHasItsHeader() {
        assertEquals("a  b\n-  -\n", ResultWriter.toString(new QueryResult.Rows(List.of("a", "b"), List.of()), ResultFormat.TABLE));
    }

    @Test
    void askIsTrueOrFalse() {
        assertEquals("true\n", ResultWriter.toString(new QueryResult.Answer(true), ResultFormat.TABLE));
        assertEquals("false\n", ResultWriter.toString(new QueryResult.Answer(false), ResultFormat.TABLE));
        String json = ResultWriter.toString(new QueryResult.Answer(true), ResultFormat.JSON);
        assertTrue(json.contains("\"boolean\" : true"), json);
    }

    @Test
    void csvTsvJsonAndXmlAreTheSparqlResultFormats() {
        assertEquals("entity,name,text\r\n"
                        + ZTI + "org/alibaba,阿里巴巴,Alibaba\r\n"
                        + ZTI + "model/qwen3,通義千問3,Qwen3登頂Hugging Face\r\n"
                        + "http://spdx.org/licenses/MIT,MIT License,\r\n",
                ResultWriter.toString(CJK, ResultFormat.CSV));
        assertEquals("?entity\t?name\t?text\n"
                        + "<" + ZTI + "org/alibaba>\t\"阿里巴巴\"@zh-Hans\t\"Alibaba\"\n"
                        + "<" + ZTI + "model/qwen3>\t\"通義千問3\"@zh-Hant\t\"Qwen3登頂Hugging Face\"\n"
                        + "<http://spdx.org/licenses/MIT>\t\"MIT License\"@en\t\n",
                ResultWriter.toString(CJK, ResultFormat.TSV));
        String json = ResultWriter.toString(CJK, ResultFormat.JSON);
        assertTrue(json.contains("\"vars\": [ \"entity\" , \"name\" , \"text\" ]"), json);
        assertTrue(json.contains("\"xml:lang\": \"zh-Hans\""), json);
        String xml = ResultWriter.toString(CJK, ResultFormat.XML);
        assertTrue(xml.contains("<literal xml:lang=\"zh-Hant\">通義千問3</literal>"), xml);
        assertEquals(json, ResultWriter.toString(CJK, ResultFormat.JSON), "deterministic");
    }

    private static Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        Node qwen3 = iri(ZTI + "model/qwen3");
        g.add(Triple.create(qwen3, iri("https://w3id.org/zhitu/ontology#developedBy"), iri(ZTI + "org/alibaba")));
        g.add(Triple.create(iri(ZTI + "org/alibaba"), iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), iri("https://schema.org/Organization")));
        g.add(Triple.create(qwen3, iri("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralLang("通义千问3", "zh-Hans")));
        g.add(Triple.create(qwen3, iri("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralLang("Qwen3", "en")));
        g.add(Triple.create(qwen3, iri("https://w3id.org/zhitu/ontology#totalParameters"),
                NodeFactory.createLiteralDT("235000000000", XSDDatatype.XSDlong)));
        g.add(Triple.create(qwen3, iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), iri("https://w3id.org/zhitu/ontology#AIModel")));
        return g;
    }

    @Test
    void turtleIsWrittenSortedAsExportsAre() {
        assertEquals(Fixture.TURTLE_PREFIXES + """

                <https://w3id.org/zhitu/id/model/qwen3>
                    a zt:AIModel ;
                    rdfs:label "Qwen3"@en , "通义千问3"@zh-Hans ;
                    zt:developedBy <https://w3id.org/zhitu/id/org/alibaba> ;
                    zt:totalParameters "235000000000"^^xsd:long .

                <https://w3id.org/zhitu/id/org/alibaba>
                    a schema:Organization .
                """, ResultWriter.toString(new QueryResult.Triples(graph()), ResultFormat.TURTLE));
    }

    @Test
    void nTriplesAreSortedLines() {
        String nt = ResultWriter.toString(new QueryResult.Triples(graph()), ResultFormat.NTRIPLES);
        List<String> lines = nt.lines().toList();
        assertEquals(6, lines.size());
        assertEquals(lines.stream().sorted().toList(), lines);
        assertEquals("<https://w3id.org/zhitu/id/model/qwen3> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/zhitu/ontology#AIModel> .",
                lines.get(0));
    }

    @Test
    void aGraphAsATable() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(iri(ZTI + "org/netease"), iri("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralLang("网易", "zh-Hans")));
        assertEquals("""
                subject          predicate   object
                ---------------  ----------  ------
                zti:org/netease  rdfs:label  网易
                """, ResultWriter.toString(new QueryResult.Triples(g), ResultFormat.TABLE));
    }

    @Test
    void aFormatMustFitTheResult() {
        assertEquals("format 'turtle' does not apply to SELECT and ASK results (use table, csv, tsv, json or xml)",
                assertThrows(ZhituException.class, () -> ResultWriter.toString(CJK, ResultFormat.TURTLE)).getMessage());
        assertEquals("format 'csv' does not apply to CONSTRUCT and DESCRIBE results (use turtle, ntriples or table)",
                assertThrows(ZhituException.class,
                        () -> ResultWriter.toString(new QueryResult.Triples(graph()), ResultFormat.CSV)).getMessage());
    }

    @Test
    void formatNames() {
        assertEquals(ResultFormat.TURTLE, ResultFormat.of("ttl"));
        assertEquals(ResultFormat.NTRIPLES, ResultFormat.of("N-Triples"));
        assertEquals(ResultFormat.JSON, ResultFormat.of("json"));
        assertEquals("unknown format 'yaml' (table, csv, tsv, json, xml, turtle, ntriples)",
                assertThrows(ZhituException.class, () -> ResultFormat.of("yaml")).getMessage());
    }

    @Test
    void cells() {
        assertEquals("zti:org/alibaba", ResultWriter.cell(iri(ZTI + "org/alibaba")));
        assertEquals("zt:developedBy", ResultWriter.cell(iri("https://w3id.org/zhitu/ontology#developedBy")));
        assertEquals("wd:Q1359568", ResultWriter.cell(iri("http://www.wikidata.org/entity/Q1359568")));
        assertEquals("https://example.com/a", ResultWriter.cell(iri("https://example.com/a")));
        assertEquals("2025-12", ResultWriter.cell(NodeFactory.createLiteralDT("2025-12", XSDDatatype.XSDgYearMonth)));
        assertEquals("", ResultWriter.cell(null));
    }
}
