package io.zhitu.store;

import io.zhitu.core.ZhituException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The store over HTTP: an embedded Fuseki on 127.0.0.1 only, dataset {@code /zhitu} with SPARQL query
 * ({@code /zhitu/sparql}, {@code /zhitu/query}), Graph Store Protocol reads ({@code /zhitu/data},
 * {@code /zhitu/get}) and, only when asked, SPARQL Update and GSP writes. Queries see the union of the
 * document graphs as the default graph. A page for people may be served at {@code /} as well: the store
 * does not know how to draw itself, so whoever starts the server hands it the page.
 */
public final class SparqlServer implements AutoCloseable {

    /** The dataset's path on the server. */
    public static final String DATASET = "/zhitu";
    /** The host it listens on: this machine only. */
    public static final String HOST = "127.0.0.1";

    private final FusekiServer server;

    private SparqlServer(FusekiServer server) { this.server = server; }

    /**
     * Starts serving and returns at once.
     *
     * @param port   the port, 0 for any free one
     * @param update whether SPARQL Update and GSP writes are allowed
     * @throws ZhituException {@link ZhituException#REMOTE} when the port is in use
     */
    public static SparqlServer start(GraphStore store, int port, boolean update) {
        return start(store, port, update, null);
    }

    /**
     * Starts serving, with a page at {@code /}, and returns at once.
     *
     * @param home the page at {@code /} (HTML) for the query parameters of the request (one value each, the
     *             first); an {@link IllegalArgumentException} or {@link ZhituException} it throws is a 400 with
     *             its message. Null for none.
     */
    public static SparqlServer start(GraphStore store, int port, boolean update, Function<Map<String, String>, byte[]> home) {
        FusekiServer.Builder builder = FusekiServer.create()
                .port(port)
                .loopback(true)
                .add(DATASET, store.dataset(), update)
                .enablePing(false)
                .enableStats(false);
        if (home != null) builder.addServlet("", new HomeServlet(home)); // "" is the servlet path of "/" alone
        FusekiServer server = builder.build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) sc.setHost(HOST);
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            if (causedBy(e, BindException.class)) throw new ZhituException("port " + port + " is in use", ZhituException.REMOTE, e);
            throw new ZhituException("cannot serve on port " + port + " (" + e.getMessage() + ")", ZhituException.REMOTE, e);
        }
        return new SparqlServer(server);
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) if (type.isInstance(c)) return true;
        return false;
    }

    /** Serves the page at {@code /}, made afresh for each request so that it shows the store as it is (updates included). */
    private static final class HomeServlet extends HttpServlet {
        private final transient Function<Map<String, String>, byte[]> page;

        HomeServlet(Function<Map<String, String>, byte[]> page) { this.page = page; }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Map<String, String> params = new TreeMap<>();
            request.getParameterMap().forEach((k, v) -> { if (v.length > 0) params.put(k, v[0]); });
            byte[] body;
            try {
                body = page.apply(params);
            } catch (IllegalArgumentException | ZhituException e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("text/plain; charset=utf-8");
                response.getOutputStream().write((e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/html; charset=utf-8");
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /** The port it listens on. */
    public int port() { return server.getHttpPort(); }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() { return datasetUrl() + "/sparql"; }

    /** The server's root, where the page is: {@code http://127.0.0.1:PORT/}. */
    public String rootUrl() { return "http://" + HOST + ":" + port() + "/"; }

    /** The dataset's URL: {@code http://127.0.0.1:PORT/zhitu}. */
    public String datasetUrl() { return "http://" + HOST + ":" + port() + DATASET; }

    /** Blocks until the server stops. */
    public void join() { server.join(); }

    @Override
    public void close() { server.stop(); }
}
