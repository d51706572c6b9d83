package io.zhitu.rdf;

import io.zhitu.core.ZhituException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the graphs of a run go: a file, written under a temporary name and renamed only when the
 * run commits (so a failed run leaves no file, and never half a file), or stdout.
 * N-Quads and TriG stream document by document, each document's graph sorted, so memory stays flat
 * over a corpus; the other formats gather the run's graphs and write them sorted at the end.
 */
public final class RdfSink implements AutoCloseable {
    private final RdfFormat format;
    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private final boolean streaming;
    private final DatasetGraph gathered;
    private boolean headerWritten;
    private boolean committed;

    /**
     * @param format the format
     * @param target the file to write, or null for {@code stdout}
     * @param stdout where to write when there is no file
     */
    public RdfSink(RdfFormat format, Path target, OutputStream stdout) {
        this.format = format;
        this.target = target;
        this.streaming = format == RdfFormat.NQUADS || format == RdfFormat.TRIG;
        this.gathered = streaming ? null : DatasetGraphFactory.create();
        try {
            if (target != null) {
                Path dir = target.toAbsolutePath().getParent();
                if (dir != null && !Files.isDirectory(dir)) throw new ZhituException(target + ": no such folder " + dir);
                if (Files.isDirectory(target)) throw new ZhituException(target + ": is a directory, not a file");
                this.temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
                this.out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
            } else {
                this.temp = null;
                this.out = stdout;
            }
        } catch (IOException e) {
            throw new ZhituException(target + ": cannot write (" + e.getMessage() + ")");
        }
    }

    /** Adds one document's graphs. */
    public void add(DatasetGraph doc) {
        if (!streaming) {
            doc.find().forEachRemaining(gathered::add);
            return;
        }
        try {
            if (format == RdfFormat.TRIG) {
                if (!headerWritten) {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    RdfWriter.header(w);
                    w.flush();
                    headerWritten = true;
                }
                RdfWriter.writeGraphs(doc, out);
            } else {
                RdfWriter.write(doc, format, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes the output: writes what was gathered, then gives the file its name. */
    public void commit() {
        try {
            if (!streaming) RdfWriter.write(gathered, format, out);
            else if (format == RdfFormat.TRIG && !headerWritten) RdfWriter.write(DatasetGraphFactory.create(), format, out);
            out.flush();
            if (temp != null) {
                out.close();
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            committed = true;
        } catch (IOException e) {
            throw new ZhituException(target + ": cannot write (" + e.getMessage() + ")");
        }
    }

    /** Without a commit, removes the temporary file: no output is left behind. */
    @Override
    public void close() {
        if (temp == null || committed) return;
        try {
            out.close();
        } catch (IOException ignored) {
            // the file goes anyway
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // nothing more to do
        }
    }
}
