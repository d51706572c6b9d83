package io.zhitu.store;

import io.zhitu.core.ZhituException;
import io.zhitu.rdf.RdfWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;

/**
 * Sends named graphs to a remote store with the SPARQL 1.1 Graph Store Protocol: one
 * {@code PUT ENDPOINT?graph=IRI} with an N-Triples body per graph, which replaces that graph, so a push
 * can be repeated. Graphs go in batches sent in parallel; a graph the endpoint refuses is noted and the
 * push goes on; an endpoint that cannot be reached at all stops it.
 *
 * <p>Use: {@link #add} each graph, then {@link #finish}.
 */
public final class GraphPush {

    private static final int MAX_LISTED = 5;

    private final URI endpoint;
    private final String authorization;
    private final int batch;
    private final int total;
    private final BiConsumer<Integer, Integer> progress;
    private final HttpClient http;
    private final List<HttpRequest> pending = new ArrayList<>();
    private final List<String> pendingNames = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private int pushed;

    /**
     * @param endpoint the GSP endpoint (e.g. {@code http://host:3030/ds} or {@code …/ds/data})
     * @param user     the user of HTTP basic authentication, or null
     * @param password its password (null without a user)
     * @param batch    graphs sent at once
     * @param total    graphs to be pushed, for the messages
     * @param progress called after each batch with (graphs done, total)
     */
    public GraphPush(URI endpoint, String user, String password, int batch, int total, BiConsumer<Integer, Integer> progress) {
        this.endpoint = endpoint;
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.batch = batch;
        this.total = total;
        this.progress = progress;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Queues the graph {@code name} of {@code ds}; sends a batch when it is full. */
    public void add(Node name, DatasetGraph ds) {
        StringBuilder body = new StringBuilder();
        DatasetGraph one = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        ds.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(one::add);
        RdfWriter.sortedLines(one, false).forEach(body::append);
        HttpRequest.Builder req = HttpRequest.newBuilder(target(name.getURI()))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/n-triples; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (authorization != null) req.header("Authorization", authorization);
        pending.add(req.build());
        pendingNames.add(name.getURI());
        if (pending.size() >= batch) send();
    }

    /**
     * Sends what is left.
     *
     * @throws ZhituException {@link ZhituException#REMOTE}, naming the graphs that failed, when any did
     */
    public void finish() {
        send();
        if (failed.isEmpty()) return;
        List<String> listed = failed.size() <= MAX_LISTED ? failed : failed.subList(0, MAX_LISTED);
        String more = failed.size() > MAX_LISTED ? " and " + (failed.size() - MAX_LISTED) + " more" : "";
        throw new ZhituException("pushed " + pushed + " of " + total + " graphs to " + endpoint + "; failed: "
                + String.join(", ", listed) + more, ZhituException.REMOTE);
    }

    /** Graphs the endpoint accepted so far. */
    public int pushed() { return pushed; }

    private URI target(String graph) {
        String base = endpoint.toString();
        String sep = endpoint.getRawQuery() == null ? "?" : "&";
        return URI.create(base + sep + "graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8));
    }

    private void send() {
        if (pending.isEmpty()) return;
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (HttpRequest r : pending) calls.add(http.sendAsync(r, HttpResponse.BodyHandlers.ofString()));
        for (int i = 0; i < calls.size(); i++) {
            String graph = pendingNames.get(i);
            try {
                HttpResponse<String> resp = calls.get(i).join();
                int code = resp.statusCode();
                if (code >= 200 && code < 300) pushed++;
                else failed.add("<" + graph + "> (HTTP " + code + reason(resp.body()) + ")");
            } catch (CompletionException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                if (unreachable(cause)) {
                    calls.forEach(c -> c.cancel(true));
                    throw new ZhituException("cannot reach " + endpoint + " (" + describe(cause) + ")"
                            + (pushed > 0 ? "; pushed " + pushed + " of " + total + " graphs" : ""), ZhituException.REMOTE, cause);
                }
                failed.add("<" + graph + "> (" + describe(cause) + ")");
            }
        }
        pending.clear();
        pendingNames.clear();
        progress.accept(pushed + failed.size(), total);
    }

    private static boolean unreachable(Throwable t) {
        return causedBy(t, ConnectException.class) || causedBy(t, HttpConnectTimeoutException.class)
                || causedBy(t, UnresolvedAddressException.class) || causedBy(t, UnknownHostException.class);
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) if (type.isInstance(c)) return true;
        return false;
    }

    private static String describe(Throwable t) {
        if (t instanceof HttpConnectTimeoutException) return "connection timed out";
        if (t instanceof HttpTimeoutException) return "no answer in time";
        if (causedBy(t, UnresolvedAddressException.class) || causedBy(t, UnknownHostException.class)) return "unknown host";
        if (causedBy(t, ConnectException.class)) return "connection refused";
        if (t instanceof IOException && t.getMessage() != null) return t.getMessage();
        return t.toString();
    }

    /** The first line of an error page, without a repeated "Error 500:" prefix, kept short. */
    private static String reason(String body) {
        if (body == null) return "";
        String line = body.strip().lines().findFirst().orElse("").strip().replaceFirst("^(Error|HTTP)\\s*\\d{3}\\s*:?\\s*", "");
        if (line.startsWith("<")) return "";  // an HTML page says nothing on one line
        if (line.length() > 80) line = line.substring(0, 77) + "...";
        return line.isEmpty() ? "" : " " + line;
    }
}
