package io.zhitu.cli;

import com.sun.net.httpserver.HttpServer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** {@code zhitu push}: the store's graphs to a real Fuseki on loopback, by the Graph Store Protocol. */
class PushCommandTest {

    static final String REFERENCE = "https://w3id.org/zhitu/id/graph/reference";

    @TempDir static Path tmp;
    static Path store;
    static String docIri;
    static DatasetGraph remote;
    static FusekiServer fuseki;

    @BeforeAll
    static void start() {
        store = tmp.resolve("store");
        CliRun.extractSample(store, "--with-reference");
        CliRun.Result r = CliRun.run("export", "--store=" + store, "--output=nquads");
        docIri = r.out().lines().findFirst().orElseThrow().replaceAll(".* <([^>]+)> \\.$", "$1");
        remote = DatasetGraphFactory.createTxnMem();
        fuseki = FusekiServer.create().loopback(true).port(0)
                .add("/ds", remote, true)
                .add("/ro", DatasetGraphFactory.createTxnMem(), false)
                .build().start();
    }

    @AfterAll
    static void stop() {
        if (fuseki != null) fuseki.stop();
    }

    @BeforeEach
    void empty() {
        Txn.executeWrite(remote, remote::clear);
    }

    static String url(String path) { return "http://localhost:" + fuseki.getPort() + path; }

    /** The number of quads in the named graphs of the remote, asked over SPARQL. */
    static int remoteQuads() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/ds/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Integer.parseInt(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    static List<String> remoteGraphs() {
        return Txn.calculateRead(remote, () -> {
            List<String> names = new ArrayList<>();
            remote.listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
            names.sort(null);
            return names;
        });
    }

    static long storeQuads(String graph) {
        return CliRun.run("export", "--store=" + store, "--output=nquads", "--graph=" + graph).out().lines().count();
    }

    @Test
    void theStoreArrivesAndAPushRepeatedChangesNothing() throws Exception {
        CliRun.Result r = CliRun.run("push", "--endpoint=" + url("/ds"), "--store=" + store);
        assertEquals(0, r.exit(), r::toString);
        assertEquals("zhitu: pushed 1 of 1 graphs to " + url("/ds") + "\n", r.err());
        assertEquals(List.of(docIri), remoteGraphs());
        int once = remoteQuads();
        assertEquals(storeQuads(docIri), once);

        r = CliRun.run("push", "--endpoint=" + url("/ds/data"), "--store=" + store);
        assertEquals(0, r.exit(), r::toString);
        assertEquals(once, remoteQuads());
    }

    @Test
    void withReferenceInBatchesOfOne() throws Exception {
        CliRun.Result r = CliRun.run("push", "--endpoint=" + url("/ds"), "--store=" + store, "--with-reference", "--batch=1");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("zhitu: 1/2 graphs sent\nzhitu: 2/2 graphs sent\nzhitu: pushed 2 of 2 graphs to " + url("/ds") + "\n", r.err());
        assertEquals(List.of(docIri, REFERENCE), remoteGraphs());
        assertEquals(storeQuads(docIri) + storeQuads(REFERENCE), remoteQuads());
    }

    @Test
    void aTrigFile() throws Exception {
        Path file = tmp.resolve("export.trig");
        assertEquals(0, CliRun.run("export", "--store=" + store, "--with-reference", "--output=trig", "-o", file.toString()).exit());
        CliRun.Result r = CliRun.run("push", "--endpoint=" + url("/ds"), "-q", file.toString());
        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err());
        assertEquals(List.of(docIri), remoteGraphs(), "the reference graph only with --with-reference");
    }

    @Test
    void aFileWithoutNamedGraphs() throws Exception {
        Path file = tmp.resolve("export.ttl");
        assertEquals(0, CliRun.run("export", "--store=" + store, "-o", file.toString()).exit());
        CliRun.Result r = CliRun.run("push", "--endpoint=" + url("/ds"), file.toString());
        assertEquals(1, r.exit(), r::toString);
        assertEquals("zhitu: " + file + ": no named graph to push (push sends document graphs: give TriG or N-Quads, "
                + "e.g. from zhitu export --output=trig)\n", r.err());
    }

    @Test
    void aReadOnlyEndpointRefuses() {
        CliRun.Result r = CliRun.run("push", "--endpoint=" + url("/ro"), "--store=" + store, "--with-reference");
        assertEquals(4, r.exit(), r::toString);
        assertEquals("zhitu: pushed 0 of 2 graphs to " + url("/ro") + "; failed: <" + docIri + "> (HTTP 405 HTTP method not allowed: PUT), <"
                + REFERENCE + "> (HTTP 405 HTTP method not allowed: PUT)\n", r.err());
    }

    @Test
    void aWrongPath() {
        CliRun.Result r = CliRun.run("push", "--endpoint=" + url("/nowhere"), "--store=" + store);
        assertEquals(4, r.exit(), r::toString);
        assertTrue(r.err().startsWith("zhitu: pushed 0 of 1 graphs to " + url("/nowhere") + "; failed: <" + docIri + "> (HTTP 404"), r.err());
        assertEquals(1, r.err().lines().count());
    }

    @Test
    void anUnreachableHost() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        CliRun.Result r = CliRun.run("push", "--endpoint=http://127.0.0.1:" + closed + "/ds", "--store=" + store);
        assertEquals(4, r.exit(), r::toString);
        assertEquals("zhitu: cannot reach http://127.0.0.1:" + closed + "/ds (connection refused)\n", r.err());
        r = CliRun.run("push", "--endpoint=http://zhitu-test.invalid/ds", "--store=" + store);
        assertEquals(4, r.exit(), r::toString);
        assertEquals("zhitu: cannot reach http://zhitu-test.invalid/ds (unknown host)\n", r.err());
    }

    @Test
    void basicAuthenticationWithThePasswordFromTheEnvironment() throws Exception {
        List<String> seen = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ds", exchange -> {
            synchronized (seen) {
                seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + "?" + exchange.getRequestURI().getQuery() + " "
                        + exchange.getRequestHeaders().getFirst("Authorization") + " " + exchange.getRequestHeaders().getFirst("Content-Type"));
            }
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        server.start();
        try {
            String endpoint = "http://127.0.0.1:" + server.getAddress().getPort() + "/ds";
            CliRun.Result r = CliRun.run(env -> env.getenv = Map.of("GSP_SECRET", "s3cret")::get,
                    "push", "--endpoint=" + endpoint, "--store=" + store, "--user=alice", "--password-env=GSP_SECRET");
            assertEquals(0, r.exit(), r::toString);
            String basic = "Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8));
            assertEquals(List.of("PUT /ds?graph=" + docIri + " " + basic + " application/n-triples; charset=utf-8"), seen);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void usageErrors() {
        CliRun.Result r = CliRun.run(env -> env.getenv = name -> null,
                "push", "--endpoint=" + url("/ds"), "--store=" + store, "--user=alice");
        assertEquals(2, r.exit(), r::toString);
        assertEquals("zhitu: --user alice needs its password in the environment variable ZHITU_PUSH_PASSWORD, which is not set\n"
                + "Try 'zhitu push --help' for more information.\n", r.err());

        r = CliRun.run("push", "--endpoint=ftp://example.org/ds", "--store=" + store);
        assertEquals(2, r.exit(), r::toString);
        assertEquals("zhitu: --endpoint 'ftp://example.org/ds' is not an http:// or https:// URL\n"
                + "Try 'zhitu push --help' for more information.\n", r.err());

        r = CliRun.run("push", "--store=" + store);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("zhitu: Missing required option: '--endpoint=URL'\n"), r.err());
    }
}
