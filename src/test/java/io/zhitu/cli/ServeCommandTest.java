package io.zhitu.cli;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** {@code zhitu serve}: the store over SPARQL on loopback, read-only unless asked. */
class ServeCommandTest {

    @TempDir static Path tmp;
    static Path store;
    static ServeCommand.Running running;
    static String said;
    static String docIri;
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        store = tmp.resolve("store");
        CliRun.extractSample(store);
        CliRun.Result r = CliRun.run("export", "--store=" + store, "--output=nquads");
        docIri = r.out().lines().findFirst().orElseThrow().replaceAll(".* <([^>]+)> \\.$", "$1");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ServeCommand serve = CliRun.command(new PrintStream(err, true, StandardCharsets.UTF_8), "serve", "--port=0", "--store=" + store);
        running = serve.start();
        said = err.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        if (running != null) running.close();
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test
    void listensOnLoopbackOnlyAndSaysWhere() {
        int port = running.server().port();
        assertTrue(port > 0);
        assertEquals("http://127.0.0.1:" + port + "/zhitu/sparql", running.server().sparqlUrl());
        assertEquals("zhitu: serving " + store + " at http://127.0.0.1:" + port + "/zhitu/sparql (read-only) \u2014 Ctrl-C stops\n", said);
    }

    @Test
    void withUpdateItAcceptsWrites() throws Exception {
        Path writable = tmp.resolve("writable");
        CliRun.extractSample(writable);
        ServeCommand serve = CliRun.command(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                "serve", "--port=0", "--update", "--store=" + writable);
        try (ServeCommand.Running w = serve.start()) {
            String update = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 } }";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(w.server().datasetUrl() + "/update"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(204, r.statusCode(), r.body());
            r = get(w.server().datasetUrl() + "/data?graph=" + enc("https://example.org/g"), "application/n-triples");
            assertEquals("<https://example.org/s> <https://example.org/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n", r.body());
        }
    }

    @Test
    void selectOverTheUnionOfTheDocumentGraphs() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?m <https://w3id.org/zhitu/ontology#developedBy> <https://w3id.org/zhitu/id/org/alibaba> }";
        for (String endpoint : new String[] {"/sparql", "/query"}) {
            HttpResponse<String> r = get(running.server().datasetUrl() + endpoint + "?query=" + enc(q), "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
            // Qwen and Qwen3, without naming a graph: the default graph is the union
            assertTrue(r.body().replaceAll("\\s", "").contains("\"n\":{\"type\":\"literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#integer\",\"value\":\"2\"}"),
                    r.body());
        }
    }

    @Test
    void aDocumentGraphAsTurtle() throws Exception {
        HttpResponse<String> r = get(running.server().datasetUrl() + "/data?graph=" + enc(docIri), "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        assertTrue(g.size() > 100, "only " + g.size() + " triples");
        assertEquals(200, get(running.server().datasetUrl() + "/get?graph=" + enc(docIri), "text/turtle").statusCode());
        assertEquals(404, get(running.server().datasetUrl() + "/data?graph=" + enc("https://example.org/none"), "text/turtle").statusCode());
    }

    @Test
    void aReadOnlyServerRefusesUpdates() throws Exception {
        String update = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 } }";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(running.server().datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "HTTP " + r.statusCode());
        r = http.send(HttpRequest.newBuilder(URI.create(running.server().datasetUrl() + "/data?graph=" + enc("https://example.org/g")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<https://example.org/s> <https://example.org/p> 1 .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "HTTP " + r.statusCode());
    }

    @Test
    void theViewOfTheStoreAtTheRoot() throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(running.server().rootUrl())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("http://127.0.0.1:" + running.server().port() + "/", running.server().rootUrl());
        assertEquals("text/html;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(java.util.Locale.ROOT));
        // the page zhitu view writes for the same store, byte for byte
        byte[] expected = io.zhitu.view.ViewPage.bytes(io.zhitu.view.StoreViews.store(running.store(), false, io.zhitu.view.ViewLang.EN,
                io.zhitu.view.GraphView.DEFAULT_MAX_NODES));
        assertArrayEquals(expected, r.body());
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<script type=\"application/json\" id=\"zhitu-data\">"));
        assertTrue(html.contains("\"k\":\"" + docIri + "\""), "the document is a node of the data");

        HttpResponse<String> hant = get(running.server().rootUrl() + "?lang=zh-Hant&max-nodes=5&graph=" + enc(docIri), "text/html");
        assertEquals(200, hant.statusCode());
        assertTrue(hant.body().startsWith("<!DOCTYPE html>\n<html lang=\"zh-Hant\">"));
        assertTrue(hant.body().contains("<p id=\"limit\" class=\"note\">僅顯示"), "five nodes of the document");

        HttpResponse<String> bad = get(running.server().rootUrl() + "?max-nodes=many", "text/html");
        assertEquals(400, bad.statusCode());
        assertEquals("max-nodes must be a number, not 'many'\n", bad.body());
        assertEquals(400, get(running.server().rootUrl() + "?lang=fr", "text/html").statusCode());
        assertEquals(400, get(running.server().rootUrl() + "?colour=red", "text/html").statusCode());
        assertEquals(404, get(running.server().rootUrl() + "elsewhere", "text/html").statusCode());
    }

    @Test
    void aPortInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Path other = tmp.resolve("other");
            CliRun.extractSample(other);
            CliRun.Result r = CliRun.run("serve", "--port=" + port, "--store=" + other);
            assertEquals(4, r.exit(), r::toString);
            assertEquals("zhitu: port " + port + " is in use\n", r.err());
            // the store was let go: it opens again
            assertEquals(0, CliRun.run("validate", "--store=" + other).exit());
        }
    }

    @Test
    void noStore() {
        CliRun.Result r = CliRun.run("serve", "--port=0", "--store=" + tmp.resolve("absent"));
        assertEquals(3, r.exit(), r::toString);
        assertEquals("zhitu: " + tmp.resolve("absent") + ": no store here (run zhitu extract first, or give --store=DIR)\n", r.err());
    }
}
