package io.zhitu.spark;

import io.zhitu.core.ZhituException;
import io.zhitu.load.Sources;
import io.zhitu.pipeline.DocumentRun;
import io.zhitu.rdf.GraphBuilder;
import io.zhitu.rdf.Provenance;
import io.zhitu.rdf.RdfWriter;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The task of one partition: (path, bytes) rows in, one record per document out, its N-Quads exactly as
 * {@code zhitu extract --output=nquads} writes them (less the last newline, which the text output adds back).
 * Documents are extracted as the writer pulls them, so a partition of any size needs the memory of one.
 * A document that fails goes to the failure accumulator with its one-line reason, never into the output.
 *
 * <p>Only the options and the accumulators travel to the executors; the pipeline is the executor's own
 * ({@link ExecutorPipeline}). The accumulators are exact: this runs in the job's result stage, whose
 * updates Spark applies once per partition, whatever tasks are retried or run speculatively.
 */
final class ExtractPartition implements FlatMapFunction<Iterator<Row>, String> {
    private static final long serialVersionUID = 1L;

    private final Provenance provenance;
    private final boolean withReference;
    private final String encoding;
    private final boolean stacktrace;
    private final LongAccumulator documents;
    private final LongAccumulator statements;
    private final LongAccumulator characters;
    private final CollectionAccumulator<String> failures;

    ExtractPartition(Provenance provenance, boolean withReference, String encoding, boolean stacktrace,
                     LongAccumulator documents, LongAccumulator statements, LongAccumulator characters,
                     CollectionAccumulator<String> failures) {
        this.provenance = provenance;
        this.withReference = withReference;
        this.encoding = encoding;
        this.stacktrace = stacktrace;
        this.documents = documents;
        this.statements = statements;
        this.characters = characters;
        this.failures = failures;
    }

    @Override
    public Iterator<String> call(Iterator<Row> rows) {
        DocumentRun run = new DocumentRun(ExecutorPipeline.get(), new GraphBuilder(provenance, withReference), null);
        return new Iterator<>() {
            private String next;

            @Override
            public boolean hasNext() {
                while (next == null && rows.hasNext()) {
                    String s = extract(run, rows.next());
                    if (s != null && !s.isEmpty()) next = s; // a graph with no quad writes no line, as in extract
                }
                return next != null;
            }

            @Override
            public String next() {
                if (!hasNext()) throw new NoSuchElementException();
                String s = next;
                next = null;
                return s;
            }
        };
    }

    /** The record of one document, or null when it failed (and is counted as failed). */
    private String extract(DocumentRun run, Row row) {
        String path = row.getString(0);
        byte[] bytes = row.getAs(1);
        DocumentRun.Outcome o = run.run(path, () -> Sources.fromBytes(path, bytes, null, encoding), e -> {
            if (stacktrace) e.printStackTrace();
        });
        if (o.failed()) {
            failures.add(ZhituException.oneLine(o.error()));
            return null;
        }
        documents.add(1);
        statements.add(o.extraction().statements().size());
        characters.add(o.extraction().text().length());
        String quads = RdfWriter.nquads(o.file());
        return quads.endsWith("\n") ? quads.substring(0, quads.length() - 1) : quads;
    }
}
