package io.zhitu.view;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** What a view draws of a graph, without a browser: nodes, edges, colours, sizes, names, the limit, the bytes. */
class GraphViewTest {

    static final String PREFIXES = """
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            @prefix schema: <https://schema.org/> .
            @prefix zt: <https://w3id.org/zhitu/ontology#> .
            @prefix zti: <https://w3id.org/zhitu/id/> .
            @prefix ex: <https://example.org/> .
            """;

    /** A document about two made-up labs and their models, with the evidence of one statement. */
    static final String SMALL = PREFIXES + """
            zti:doc/d1 a schema:NewsArticle ; schema:name "Two labs release models"@en ;
                schema:mentions zti:org/lab-a , zti:org/lab-b , zti:model/alpha , zti:model/beta .
            zti:org/lab-a a schema:Organization ; rdfs:label "Lab A"@en , "甲实验室"@zh-Hans , "甲實驗室"@zh-Hant ;
                owl:sameAs <http://www.wikidata.org/entity/Q1> .
            zti:org/lab-b a schema:Organization ; rdfs:label "Lab B"@en .
            zti:model/alpha a zt:AIModel ; rdfs:label "Alpha"@en ; zt:developedBy zti:org/lab-a ;
                zt:totalParameters "7000000000"^^xsd:long ; zt:architecture zt:MixtureOfExperts .
            zti:model/beta a zt:AIModel ; rdfs:label "Beta"@en ; zt:developedBy zti:org/lab-b ; zt:outperforms zti:model/alpha .
            zt:MixtureOfExperts a zt:Architecture .
            zti:evidence/e1 a rdf:Statement ; rdf:subject zti:model/alpha ; rdf:predicate zt:developedBy ; rdf:object zti:org/lab-a ;
                prov:wasDerivedFrom zti:doc/d1 ; zt:sentence 2 ; nif:beginIndex "40"^^xsd:nonNegativeInteger ;
                nif:endIndex "61"^^xsd:nonNegativeInteger ; nif:anchorOf "Lab A released Alpha" ; zt:rule "release-en" .
            zti:evidence/e2 a rdf:Statement ; rdf:subject zti:model/alpha ; rdf:predicate zt:developedBy ; rdf:object zti:org/lab-a ;
                prov:wasDerivedFrom zti:doc/d1 ; zt:sentence 0 ; nif:beginIndex "3"^^xsd:nonNegativeInteger ;
                nif:endIndex "20"^^xsd:nonNegativeInteger ; nif:anchorOf "Alpha, by Lab A" ; zt:rule "apposition-en" .
            """;

    /** Parses Turtle where {@code zti:kind/slug} may be written as in the contract (Turtle wants the slash escaped). */
    static Graph parse(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle.replaceAll("\\bzti:([a-z]+)/([A-Za-z0-9-]+)", "<https://w3id.org/zhitu/id/$1/$2>"), Lang.TURTLE).parse(g);
        return g;
    }

    static GraphView view(String turtle, ViewLang lang, int max) {
        return GraphView.build("test", parse(turtle), null, lang, max);
    }

    static GraphView.Term term(GraphView v, String iri) {
        return v.terms().stream().filter(t -> t.key().equals(iri)).findFirst().orElseThrow(() -> new AssertionError("no term " + iri));
    }

    static final String ZTI = "https://w3id.org/zhitu/id/";

    @Test
    void nodesAndEdgesAreThoseOfTheContract() {
        GraphView v = view(SMALL, ViewLang.EN, 100);
        // doc, lab-a, lab-b, alpha, beta, MoE: no evidence node, no class, no Wikidata twin
        assertEquals(6, v.totalNodes());
        assertEquals(6, v.shownNodes());
        // 4 mentions, 2 developedBy, 1 architecture, 1 outperforms
        assertEquals(8, v.totalEdges());
        assertEquals(8, v.shownEdges());
        assertFalse(v.limited());
        List<String> keys = v.terms().stream().map(GraphView.Term::key).toList();
        assertFalse(keys.stream().anyMatch(k -> k.contains("evidence") || k.contains("wikidata") || k.endsWith("#Architecture")), keys.toString());
        assertEquals(List.of("http://www.wikidata.org/entity/Q1"), term(v, ZTI + "org/lab-a").sameAs());
        // literal statements are listed with their node, not drawn
        assertTrue(v.statements().stream().anyMatch(s -> "7000000000".equals(s.literal()) && "xsd:long".equals(s.literalTag())));
        assertEquals("mixture of experts", term(v, "https://w3id.org/zhitu/ontology#MixtureOfExperts").label(), "named by the ontology");
    }

    @Test
    void nodesAreColouredByClass() {
        GraphView v = view(SMALL + """
                ex:x a ex:Gadget , schema:Organization ; rdfs:label "X"@en .
                ex:y a ex:Gadget ; rdfs:label "Y"@en ; ex:near ex:z .
                ex:z rdfs:label "Z"@en .
                """, ViewLang.EN, 100);
        List<String> classes = v.categories().stream().map(GraphView.Category::iri).toList();
        assertEquals(List.of("https://schema.org/Organization", "https://w3id.org/zhitu/ontology#AIModel", "https://schema.org/NewsArticle",
                "https://w3id.org/zhitu/ontology#Architecture", "https://example.org/Gadget", ""), classes, "contract order, then others, then none");
        assertEquals(List.of("organisation", "AI model", "news article", "model architecture", "Gadget", "no class"),
                v.categories().stream().map(GraphView.Category::name).toList());
        assertEquals(List.of("#5470c6", "#ee6666", "#7f8c8d", "#ea7ccc", GraphView.OTHER_COLOURS.get(0), GraphView.NO_CLASS_COLOUR),
                v.categories().stream().map(GraphView.Category::colour).toList());
        assertEquals(term(v, ZTI + "model/alpha").category(), term(v, ZTI + "model/beta").category());
        assertEquals(term(v, ZTI + "org/lab-a").category(), term(v, "https://example.org/x").category(), "a contract class first");
        assertEquals(classes.indexOf("https://example.org/Gadget"), term(v, "https://example.org/y").category());
        assertEquals(classes.indexOf(""), term(v, "https://example.org/z").category());
        assertEquals(v.categories().size(), v.categories().stream().map(GraphView.Category::colour).distinct().count(), "one colour a class");
    }

    @Test
    void nodesAreSizedByDegree() {
        assertEquals(8, GraphView.size(0));
        assertEquals(14, GraphView.size(1));
        assertEquals(48, GraphView.size(10_000));
        for (int d = 0; d < 100; d++) assertTrue(GraphView.size(d) <= GraphView.size(d + 1));
        GraphView v = view(SMALL, ViewLang.EN, 100);
        assertEquals(4, term(v, ZTI + "doc/d1").degree());
        assertEquals(4, term(v, ZTI + "model/alpha").degree(), "mentioned, developed by, architecture, outperformed");
        assertEquals(1, term(v, "https://w3id.org/zhitu/ontology#MixtureOfExperts").degree());
        for (GraphView.Term t : v.terms()) assertEquals(GraphView.size(t.degree()), t.size());
        // drawn most connected first, ties by IRI
        assertEquals(List.of(ZTI + "doc/d1", ZTI + "model/alpha", ZTI + "model/beta", ZTI + "org/lab-a", ZTI + "org/lab-b",
                "https://w3id.org/zhitu/ontology#MixtureOfExperts"), v.terms().stream().map(GraphView.Term::key).toList());
    }

    @Test
    void namesFallBackFromTheLanguageToItsSiblingScriptThenEnglishThenAnyThenTheIri() {
        String g = PREFIXES + """
                ex:all rdfs:label "All"@en , "全部"@zh-Hans , "全部繁"@zh-Hant .
                ex:hant rdfs:label "Hant only en"@en , "只有繁體"@ZH-hant .
                ex:hans rdfs:label "只有简体"@zh-Hans .
                ex:other rdfs:label "Sonstiges"@de , "Autre"@fr .
                ex:alt skos:altLabel "Seen as"@en .
                ex:titled schema:name "A title"@en .
                ex:bare-name ex:p ex:all .
                """;
        Map<ViewLang, List<String>> expected = Map.of(
                ViewLang.EN, List.of("All", "Hant only en", "只有简体", "Sonstiges", "Seen as", "A title", "bare-name"),
                ViewLang.ZH_HANS, List.of("全部", "只有繁體", "只有简体", "Sonstiges", "Seen as", "A title", "bare-name"),
                ViewLang.ZH_HANT, List.of("全部繁", "只有繁體", "只有简体", "Sonstiges", "Seen as", "A title", "bare-name"));
        for (ViewLang lang : ViewLang.values()) {
            GraphView v = view(g, lang, 100);
            List<String> got = new ArrayList<>();
            for (String n : List.of("all", "hant", "hans", "other", "alt", "titled", "bare-name")) got.add(term(v, "https://example.org/" + n).label());
            assertEquals(expected.get(lang), got, lang.tag);
        }
        // the legend and the statements are named in the language too
        GraphView hant = view(SMALL, ViewLang.ZH_HANT, 100);
        assertEquals("組織", hant.categories().get(0).name());
        assertTrue(hant.predicates().stream().anyMatch(p -> p.label().equals("開發者")));
        assertEquals("甲實驗室", term(hant, ZTI + "org/lab-a").label());
        assertEquals("Lab B", term(hant, ZTI + "org/lab-b").label(), "English when neither script has one");
        assertEquals(ViewLang.ZH_HANT, ViewLang.of("zh-hant"));
    }

    @Test
    void pastTheLimitTheBestConnectedNodesAreDrawnAndThePageSaysSo() {
        // a hub with 5 spokes, a pair, a loner: limit 3 draws the hub and the two spokes of least IRI
        StringBuilder t = new StringBuilder(PREFIXES);
        for (int i = 1; i <= 5; i++) t.append("ex:hub ex:to ex:s").append(i).append(" .\n");
        t.append("ex:s1 ex:to ex:s2 .\nex:p1 ex:to ex:p2 .\nex:loner rdfs:label \"Loner\"@en .\n");
        GraphView v = view(t.toString(), ViewLang.EN, 3);
        assertEquals(9, v.totalNodes());
        assertEquals(7, v.totalEdges());
        assertEquals(3, v.shownNodes());
        assertTrue(v.limited());
        assertEquals(List.of("https://example.org/hub", "https://example.org/s1", "https://example.org/s2"),
                v.terms().subList(0, 3).stream().map(GraphView.Term::key).toList());
        assertEquals(3, v.shownEdges(), "hub-s1, hub-s2, s1-s2");
        for (GraphView.Edge e : v.edges()) assertTrue(e.source() < 3 && e.target() < 3);
        // the statements of drawn nodes still name the undrawn spokes
        assertTrue(v.terms().stream().anyMatch(x -> x.key().equals("https://example.org/s5")));
        assertFalse(v.terms().stream().anyMatch(x -> x.key().equals("https://example.org/p1")), "nothing drawn names p1");
        String html = ViewPage.html(v);
        assertTrue(html.contains("<p id=\"limit\" class=\"note\">Showing the 3 highest-degree nodes of 9 and the 3 edges among them (of 7).</p>"));
        assertTrue(html.contains("<p id=\"counts\">3 nodes \u00b7 3 edges</p>"));
        assertFalse(ViewPage.html(view(t.toString(), ViewLang.EN, 10)).contains("id=\"limit\""));
    }

    @Test
    void eachStatementCarriesTheSentencesThatStateIt() {
        GraphView v = view(SMALL, ViewLang.EN, 100);
        int alpha = v.terms().indexOf(term(v, ZTI + "model/alpha"));
        int labA = v.terms().indexOf(term(v, ZTI + "org/lab-a"));
        GraphView.Statement developed = v.statements().stream().filter(s -> s.subject() == alpha && s.object() == labA).findFirst().orElseThrow();
        assertEquals("https://w3id.org/zhitu/ontology#developedBy", v.predicates().get(developed.predicate()).iri());
        assertEquals("developed by", v.predicates().get(developed.predicate()).label());
        List<GraphView.Evidence> ev = developed.evidence().stream().map(v.evidence()::get).toList();
        int doc = v.terms().indexOf(term(v, ZTI + "doc/d1"));
        assertEquals(List.of(
                new GraphView.Evidence("Alpha, by Lab A", doc, 0L, 3L, 20L, "apposition-en"),
                new GraphView.Evidence("Lab A released Alpha", doc, 2L, 40L, 61L, "release-en")), ev, "in the order of the text");
        GraphView.Statement outperforms = v.statements().stream()
                .filter(s -> v.predicates().get(s.predicate()).iri().endsWith("outperforms")).findFirst().orElseThrow();
        assertEquals(List.of(), outperforms.evidence());
        assertEquals("Two labs release models", v.terms().get(doc).label(), "a document is called by its title");
    }

    @Test
    void theSameGraphGivesTheSameBytesWhateverTheOrderItWasReadIn() {
        Graph forward = parse(SMALL);
        List<Triple> triples = new ArrayList<>(forward.find().toList());
        Collections.reverse(triples);
        Graph backward = GraphFactory.createDefaultGraph();
        triples.forEach(backward::add);
        byte[] a = ViewPage.bytes(GraphView.build("same", forward, null, ViewLang.ZH_HANS, 4));
        byte[] b = ViewPage.bytes(GraphView.build("same", backward, null, ViewLang.ZH_HANS, 4));
        assertArrayEquals(a, b);
        assertArrayEquals(a, ViewPage.bytes(GraphView.build("same", parse(SMALL), null, ViewLang.ZH_HANS, 4)));
    }

    static final Pattern DATA = Pattern.compile("<script type=\"application/json\" id=\"zhitu-data\">(.*?)</script>", Pattern.DOTALL);

    static JsonObject data(String html) {
        Matcher m = DATA.matcher(html);
        assertTrue(m.find());
        return JSON.parse(m.group(1));
    }

    @Test
    void textOfTheGraphCannotBreakOutOfThePage() {
        String evil = "</script><script>alert(1)</script><!-- \u2028 & \"q\" 'a'";
        String g = PREFIXES + "ex:x rdfs:label \"" + evil.replace("\\", "\\\\").replace("\"", "\\\"") + "\"@en ; ex:p ex:y .\n";
        String html = ViewPage.html(GraphView.build("<b>title</b> & \"co\"", parse(g), null, ViewLang.EN, 10));
        assertFalse(html.contains("alert(1)</script>"), "the label ends no script element");
        assertEquals(3, html.split("</script>", -1).length - 1, "the data, ECharts and the page's own script: three elements");
        assertTrue(html.contains("<h1>&lt;b&gt;title&lt;/b&gt; &amp; &quot;co&quot;</h1>"));
        assertTrue(html.contains("<title>&lt;b&gt;title&lt;/b&gt; &amp; &quot;co&quot; \u00b7 zhitu</title>"));
        JsonObject d = data(html);
        JsonArray terms = d.get("terms").getAsArray();
        assertTrue(terms.stream().anyMatch(t -> evil.equals(t.getAsObject().get("l").getAsString().value())), "the label comes back whole");
        assertEquals(1, d.get("shown").getAsObject().get("edges").getAsNumber().value().intValue());
    }

    @Test
    void thePageNeedsNothingFromTheNetwork() {
        String html = ViewPage.html(view(SMALL, ViewLang.EN, 100));
        assertFalse(Pattern.compile("<script[^>]+src=|<link[^>]+stylesheet|@import|url\\(http", Pattern.CASE_INSENSITIVE).matcher(html).find());
        assertTrue(html.contains("echarts.apache.org") || html.contains("Apache Software Foundation"), "ECharts is inlined, with its licence");
        assertTrue(html.length() > 1_000_000, "ECharts is about a megabyte");
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(ViewPage.html(view(SMALL, ViewLang.ZH_HANT, 100)).startsWith("<!DOCTYPE html>\n<html lang=\"zh-Hant\">"));
        assertEquals(html.length(), new String(ViewPage.bytes(view(SMALL, ViewLang.EN, 100)), StandardCharsets.UTF_8).length());
    }

    @Test
    void anEmptyGraphIsAnEmptyPage() {
        GraphView v = GraphView.build("nothing", GraphFactory.createDefaultGraph(), null, ViewLang.EN, 10);
        assertEquals(0, v.totalNodes());
        assertEquals(0, v.shownEdges());
        String html = ViewPage.html(v);
        assertTrue(html.contains("The graph is empty."));
        assertTrue(html.contains("<p id=\"counts\">0 nodes \u00b7 0 edges</p>"));
    }
}
