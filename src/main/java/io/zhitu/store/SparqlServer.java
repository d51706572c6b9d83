package io.zhitu.store;

import io.zhitu.core.ZhituException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

import java.net.BindException;

/**
 * The store over HTTP: an embedded Fuseki on 127.0.0.1 only, dataset {@code /zhitu} with SPARQL query
 * ({@code /zhitu/sparql}, {@code /zhitu/query}), Graph Store Protocol reads ({@code /zhitu/data},
 * {@code /zhitu/get}) and, only when asked, SPARQL Update and GSP writes. Queries see the union of the
 * document graphs as the default graph.
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
        FusekiServer server = FusekiServer.create()
                .port(port)
                .loopback(true)
                .add(DATASET, store.dataset(), update)
                .enablePing(false)
                .enableStats(false)
                .build();
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

    /** The port it listens on. */
    public int port() { return server.getHttpPort(); }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() { return datasetUrl() + "/sparql"; }

    /** The dataset's URL: {@code http://127.0.0.1:PORT/zhitu}. */
    public String datasetUrl() { return "http://" + HOST + ":" + port() + DATASET; }

    /** Blocks until the server stops. */
    public void join() { server.join(); }

    @Override
    public void close() { server.stop(); }
}
