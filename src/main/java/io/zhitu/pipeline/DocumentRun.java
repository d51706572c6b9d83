package io.zhitu.pipeline;

import io.zhitu.core.Extraction;
import io.zhitu.core.Source;
import io.zhitu.core.ZhituException;
import io.zhitu.rdf.GraphBuilder;
import org.apache.jena.sparql.core.DatasetGraph;

import java.util.function.Consumer;

/**
 * One input through the pipeline and into its graphs, as {@code zhitu extract} and the Spark job both run it:
 * what a document's graph is, and what a failure says, is decided here once, so the two write the same bytes
 * for the same document. Thread-safe when its pipeline is: one instance serves every document of a run.
 */
public final class DocumentRun {

    /** Reads one input; a user error (no such file, too large) is a {@link ZhituException} naming it. */
    @FunctionalInterface
    public interface Reader {
        Source read();
    }

    /**
     * What one document gave: its extraction and graphs, or why it gave nothing.
     *
     * @param extraction what the pipeline found, or null when it failed
     * @param file       the graph to write (null when nothing is written, or on failure)
     * @param store      the graph for the store: the file graph itself when both use the same builder
     * @param error      the one-line reason, naming the input, or null
     */
    public record Outcome(Extraction extraction, DatasetGraph file, DatasetGraph store, String error) {
        public boolean failed() { return error != null; }
    }

    private final Pipeline pipeline;
    private final GraphBuilder fileBuilder;
    private final GraphBuilder storeBuilder;

    /**
     * @param fileBuilder  builds the graph that is written, or null to write none
     * @param storeBuilder builds the graph for the store, or null to store none; the same instance as
     *                     {@code fileBuilder} builds the graph once for both
     */
    public DocumentRun(Pipeline pipeline, GraphBuilder fileBuilder, GraphBuilder storeBuilder) {
        this.pipeline = pipeline;
        this.fileBuilder = fileBuilder;
        this.storeBuilder = storeBuilder;
    }

    /**
     * Reads, extracts and builds one document. Nothing escapes but errors of the JVM itself: a bad input is
     * an outcome, so that one page cannot stop a run over many.
     *
     * @param name     what messages call the input when the failure is ours, not the input's
     * @param internal told of an unexpected exception (a bug), to print its trace when asked
     */
    public Outcome run(String name, Reader reader, Consumer<Throwable> internal) {
        try {
            Extraction x = pipeline.extract(reader.read());
            DatasetGraph file = fileBuilder == null ? null : fileBuilder.build(x);
            DatasetGraph store = storeBuilder == null ? null : storeBuilder == fileBuilder ? file : storeBuilder.build(x);
            return new Outcome(x, file, store, null);
        } catch (ZhituException e) {
            return new Outcome(null, null, null, e.getMessage());
        } catch (StackOverflowError | RuntimeException e) {
            internal.accept(e);
            return new Outcome(null, null, null, ZhituException.oneLine(name + ": internal error (" + e + ")"));
        }
    }
}
