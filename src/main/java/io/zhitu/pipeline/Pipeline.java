package io.zhitu.pipeline;

/**
 * The whole flow for one document: load -> clean -> normalise -> recognise -> relate.
 * Building the graph and storing it are the caller's next steps ({@code io.zhitu.rdf}, {@code io.zhitu.store}).
 * Thread-safe once built: one instance serves many documents.
 */
public final class Pipeline {
    /** The pipeline with the gazetteer and rules shipped under {@code ontology/}. */
    public static Pipeline standard() {
        throw new UnsupportedOperationException("being written");
    }

    /** Runs every stage on one input; a user error is a {@link ZhituException} naming the source. */
    public Extraction extract(Source source) {
        throw new UnsupportedOperationException("being written");
    }
}
