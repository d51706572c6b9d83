package io.zhitu.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OWL ontology and the SHACL shapes of {@code ontology/}. */
class OntologyFilesTest {

    static final String ZT = "https://w3id.org/zhitu/ontology#";
    static final String SCHEMA = "https://schema.org/";
    static final Path ONTOLOGY = Path.of("ontology", "zhitu.ttl");
    static final Path SHAPES = Path.of("ontology", "shapes.ttl");

    /** The zt: properties of the contract's statement table, plus the provenance terms. */
    static final List<String> ZT_PROPERTIES = List.of(
            "developedBy", "partOfFamily", "authorCount", "totalParameters", "activeParameters",
            "architecture", "country", "outperforms", "rankedFirstOn", "rule", "sentence");
    static final List<String> ZT_CLASSES = List.of("AIModel", "License", "Platform", "Benchmark", "Architecture");
    static final List<String> SCHEMA_PROPERTIES = List.of(
            "parentOrganization", "affiliation", "jobTitle", "author", "publisher", "datePublished",
            "name", "about", "mentions", "license");

    static Model ontology;
    static Shapes shapes;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
        shapes = Shapes.parse(RDFDataMgr.loadGraph(SHAPES.toString()));
    }

    static Set<String> labelLangs(Resource r) {
        return ontology.listObjectsOfProperty(r, RDFS.label).toList().stream()
                .filter(RDFNode::isLiteral).map(n -> n.asLiteral().getLanguage())
                .collect(Collectors.toSet());
    }

    static void assertLabelled(Resource r) {
        Set<String> langs = labelLangs(r);
        for (String l : List.of("en", "zh-Hans", "zh-Hant"))
            assertTrue(langs.contains(l), r + " has no rdfs:label @" + l + " (has " + langs + ")");
        assertTrue(ontology.contains(r, RDFS.comment), r + " has no rdfs:comment");
    }

    @Test
    void ontologyHeader() {
        Resource onto = ontology.createResource("https://w3id.org/zhitu/ontology");
        assertTrue(ontology.contains(onto, RDF.type, OWL.Ontology));
        assertTrue(ontology.contains(onto, OWL.versionInfo));
        assertLabelled(onto);
    }

    @Test
    void propertiesHaveDomainRangeAndLabels() {
        for (String p : ZT_PROPERTIES) {
            Resource r = ontology.createResource(ZT + p);
            assertTrue(ontology.contains(r, RDF.type, OWL.ObjectProperty)
                    || ontology.contains(r, RDF.type, OWL.DatatypeProperty), r + " is not declared");
            if (!p.equals("rule") && !p.equals("sentence"))
                assertTrue(ontology.contains(r, RDFS.domain), r + " has no rdfs:domain");
            assertTrue(ontology.contains(r, RDFS.range), r + " has no rdfs:range");
            assertLabelled(r);
        }
        for (String p : SCHEMA_PROPERTIES) {
            Resource r = ontology.createResource(SCHEMA + p);
            assertTrue(ontology.contains(r, RDF.type, OWL.ObjectProperty)
                    || ontology.contains(r, RDF.type, OWL.DatatypeProperty), r + " is not declared");
            assertTrue(ontology.contains(r, RDFS.isDefinedBy, ontology.createResource(SCHEMA)));
            assertTrue(ontology.contains(r, RDFS.domain), r + " has no rdfs:domain");
            assertLabelled(r);
        }
    }

    @Test
    void contractRangesAndDomains() {
        assertRange("developedBy", SCHEMA + "Organization");
        assertRange("partOfFamily", ZT + "AIModel");
        assertRange("architecture", ZT + "Architecture");
        assertRange("country", SCHEMA + "Country");
        assertRange("outperforms", ZT + "AIModel");
        assertRange("totalParameters", "http://www.w3.org/2001/XMLSchema#long");
        assertRange("activeParameters", "http://www.w3.org/2001/XMLSchema#long");
        assertRange("authorCount", "http://www.w3.org/2001/XMLSchema#integer");
        assertRange("rule", "http://www.w3.org/2001/XMLSchema#string");
        assertRange("sentence", "http://www.w3.org/2001/XMLSchema#integer");
        // rankedFirstOn: a union of Platform and Benchmark
        Resource range = ontology.createResource(ZT + "rankedFirstOn").getPropertyResourceValue(RDFS.range);
        Set<String> members = range.getPropertyResourceValue(OWL.unionOf).as(org.apache.jena.rdf.model.RDFList.class)
                .asJavaList().stream().map(n -> n.asResource().getURI()).collect(Collectors.toSet());
        assertEquals(Set.of(ZT + "Platform", ZT + "Benchmark"), members);
    }

    static void assertRange(String p, String expected) {
        Resource r = ontology.createResource(ZT + p);
        assertTrue(ontology.contains(r, RDFS.range, ontology.createResource(expected)), r + " range is not " + expected);
    }

    @Test
    void classesAndIndividuals() {
        for (String c : ZT_CLASSES) {
            Resource r = ontology.createResource(ZT + c);
            assertTrue(ontology.contains(r, RDF.type, OWL.Class), r + " is not an owl:Class");
            assertLabelled(r);
        }
        for (String i : List.of("MixtureOfExperts", "DenseTransformer")) {
            Resource r = ontology.createResource(ZT + i);
            assertTrue(ontology.contains(r, RDF.type, ontology.createResource(ZT + "Architecture")));
            assertLabelled(r);
        }
        Resource moe = ontology.createResource(ZT + "MixtureOfExperts");
        assertTrue(ontology.contains(moe, RDFS.label, ontology.createLiteral("混合专家", "zh-Hans")));
        assertTrue(ontology.contains(moe, RDFS.label, ontology.createLiteral("混合專家", "zh-Hant")));
    }

    /** Every zt: IRI used anywhere in the ontology or the shapes is defined with labels. */
    @Test
    void everyZtTermIsDefined() {
        Model shapesModel = RDFDataMgr.loadModel(SHAPES.toString());
        Set<Resource> used = new HashSet<>();
        for (Model m : List.of(ontology, shapesModel))
            for (Statement s : m.listStatements().toList()) {
                for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject()))
                    if (n.isURIResource() && n.asResource().getURI().startsWith(ZT)) used.add(n.asResource());
            }
        assertFalse(used.isEmpty());
        for (Resource r : used) assertLabelled(ontology.createResource(r.getURI()));
    }

    // ---- SHACL ----

    static final String PREFIXES = """
            @prefix zt: <https://w3id.org/zhitu/ontology#> .
            @prefix zti: <https://w3id.org/zhitu/id/> .
            @prefix schema: <https://schema.org/> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            """;

    static Graph parse(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + ttl, Lang.TURTLE).parse(g);
        return g;
    }

    static ValidationReport validate(Graph g) {
        return ShaclValidator.get().validate(shapes, g);
    }

    static Set<Node> focusNodes(ValidationReport r) {
        return r.getEntries().stream().map(ReportEntry::focusNode).collect(Collectors.toSet());
    }

    static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    /** Every statement property of the contract is constrained by some property shape. */
    @Test
    void everyContractPropertyHasAShape() {
        Model shapesModel = RDFDataMgr.loadModel(SHAPES.toString());
        Property path = shapesModel.createProperty("http://www.w3.org/ns/shacl#path");
        Set<String> paths = shapesModel.listObjectsOfProperty(path).toList().stream()
                .filter(RDFNode::isURIResource).map(n -> n.asResource().getURI()).collect(Collectors.toSet());
        for (String p : ZT_PROPERTIES)
            assertTrue(paths.contains(ZT + p), "no property shape for zt:" + p);
        for (String p : SCHEMA_PROPERTIES)
            assertTrue(paths.contains(SCHEMA + p), "no property shape for schema:" + p);
        for (String p : List.of("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel",
                "http://www.w3.org/2002/07/owl#sameAs"))
            assertTrue(paths.contains(p), "no property shape for " + p);
    }

    @Test
    void shapesParse() {
        assertFalse(shapes.getTargetShapes().isEmpty());
    }

    @Test
    void conformingGraphConforms() throws Exception {
        Graph g = RDFDataMgr.loadGraph(Path.of("src/test/resources/ontology/conforming.ttl").toString());
        ValidationReport r = validate(g);
        assertTrue(r.conforms(), () -> "expected to conform:\n" + reportText(r));
    }

    @Test
    void totalParametersAsPlainStringIsRejected() {
        Graph g = parse("""
                <https://w3id.org/zhitu/id/model/qwen3> a zt:AIModel ; rdfs:label "Qwen3"@en ;
                    zt:totalParameters "235000000000" .
                """);
        ValidationReport r = validate(g);
        assertFalse(r.conforms());
        assertEquals(Set.of(iri("https://w3id.org/zhitu/id/model/qwen3")), focusNodes(r));
        assertTrue(r.getEntries().stream().allMatch(e -> e.resultPath() != null
                && e.resultPath().toString().contains("totalParameters")));
    }

    @Test
    void developedByAPersonIsRejected() {
        Graph g = parse("""
                <https://w3id.org/zhitu/id/model/kimi-k2> a zt:AIModel ; rdfs:label "Kimi K2"@en ;
                    zt:developedBy <https://w3id.org/zhitu/id/person/yang-zhilin> .
                <https://w3id.org/zhitu/id/person/yang-zhilin> a schema:Person ; rdfs:label "Yang Zhilin"@en .
                """);
        ValidationReport r = validate(g);
        assertFalse(r.conforms());
        assertEquals(Set.of(iri("https://w3id.org/zhitu/id/model/kimi-k2")), focusNodes(r));
        ReportEntry e = r.getEntries().iterator().next();
        assertEquals(iri("https://w3id.org/zhitu/id/person/yang-zhilin"), e.value());
    }

    @Test
    void developedBySubjectMustBeAModel() {
        Graph g = parse("""
                <https://w3id.org/zhitu/id/org/qwen-team> a schema:Organization ; rdfs:label "Qwen team"@en ;
                    zt:developedBy <https://w3id.org/zhitu/id/org/alibaba> .
                <https://w3id.org/zhitu/id/org/alibaba> a schema:Organization ; rdfs:label "Alibaba"@en .
                """);
        ValidationReport r = validate(g);
        assertFalse(r.conforms());
        assertEquals(Set.of(iri("https://w3id.org/zhitu/id/org/qwen-team")), focusNodes(r));
    }

    @Test
    void labelsAndSameAsAreChecked() {
        Graph g = parse("""
                <https://w3id.org/zhitu/id/org/alibaba> a schema:Organization ; rdfs:label "Alibaba" ;
                    owl:sameAs <https://www.wikidata.org/wiki/Q1359568> .
                <https://w3id.org/zhitu/id/person/x> a schema:Person .
                """);
        ValidationReport r = validate(g);
        assertFalse(r.conforms());
        assertEquals(Set.of(iri("https://w3id.org/zhitu/id/org/alibaba"), iri("https://w3id.org/zhitu/id/person/x")),
                focusNodes(r));
        // plain label + bad sameAs on alibaba, missing label on person/x
        assertEquals(3, r.getEntries().size(), () -> reportText(r));
    }

    @Test
    void datesAndRankingsAreChecked() {
        Graph g = parse("""
                <urn:doc:1> a schema:NewsArticle ; schema:datePublished "2025-12-01T10:00:00"^^xsd:dateTime ;
                    schema:name "no language" .
                <https://w3id.org/zhitu/id/model/qwen> a zt:AIModel ; rdfs:label "Qwen"@en ;
                    zt:rankedFirstOn <https://w3id.org/zhitu/id/org/hf> .
                <https://w3id.org/zhitu/id/org/hf> a schema:Organization ; rdfs:label "Hugging Face"@en .
                <https://w3id.org/zhitu/id/report/r> a schema:Report ; zt:authorCount 5, 6 .
                """);
        ValidationReport r = validate(g);
        assertEquals(Set.of(iri("urn:doc:1"), iri("https://w3id.org/zhitu/id/model/qwen"),
                iri("https://w3id.org/zhitu/id/report/r")), focusNodes(r), () -> reportText(r));
    }

    /** In dataset exports each graph is validated on its own; each graph carries the types it needs. */
    @Test
    void eachNamedGraphIsValidatedOnItsOwn() {
        String trig = PREFIXES + """
                <urn:doc:1> {
                  <urn:doc:1> a schema:NewsArticle ; schema:mentions <https://w3id.org/zhitu/id/model/kimi-k2> .
                  <https://w3id.org/zhitu/id/model/kimi-k2> a zt:AIModel ; rdfs:label "Kimi K2"@en ;
                      zt:developedBy <https://w3id.org/zhitu/id/org/moonshot> .
                  <https://w3id.org/zhitu/id/org/moonshot> a schema:Organization ; rdfs:label "月之暗面"@zh-Hans .
                }
                <urn:doc:2> {
                  <https://w3id.org/zhitu/id/model/glm-4.5> a zt:AIModel ; rdfs:label "GLM-4.5"@en ;
                      zt:developedBy <https://w3id.org/zhitu/id/org/zhipu> .
                }
                """;
        org.apache.jena.sparql.core.DatasetGraph ds = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(trig, Lang.TRIG).parse(ds);
        assertTrue(validate(ds.getGraph(iri("urn:doc:1"))).conforms());
        // doc 2 does not type org/zhipu in its own graph: the class check fails there
        ValidationReport r2 = validate(ds.getGraph(iri("urn:doc:2")));
        assertEquals(Set.of(iri("https://w3id.org/zhitu/id/model/glm-4.5")), focusNodes(r2));
    }

    static String reportText(ValidationReport r) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(out, r.getModel(), Lang.TURTLE);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void filesAreUtf8() throws Exception {
        for (Path p : List.of(ONTOLOGY, SHAPES)) {
            byte[] b = Files.readAllBytes(p);
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
        }
    }
}
