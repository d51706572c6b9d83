package io.zhitu.rdf;

import io.zhitu.core.ZhituException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import java.nio.file.Files;
import java.nio.file.Path;

/** Reads RDF files in any syntax Jena knows by the file's extension; a syntax error is one line naming the file, line and column. */
public final class RdfFiles {
    private RdfFiles() {}

    /** The file as a dataset (triple syntaxes fill the default graph). */
    public static DatasetGraph read(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null) {
            throw new ZhituException(file + ": unknown RDF syntax (the file name should end in .ttl, .nt, .nq, .trig, .jsonld or .rdf)");
        }
        if (Files.isDirectory(file)) throw new ZhituException(file + ": is a folder, not an RDF file");
        if (!Files.isRegularFile(file)) throw new ZhituException(file + ": no such file");
        if (!Files.isReadable(file)) throw new ZhituException(file + ": cannot read (permission denied)");
        DatasetGraph ds = DatasetGraphFactory.create();
        try {
            RDFParser.source(file).lang(lang).errorHandler(new Strict(file)).parse(ds);
        } catch (ZhituException e) {
            throw e;
        } catch (RiotException e) {
            throw new ZhituException(file + ": " + lang.getLabel() + " syntax error: " + e.getMessage(), e);
        }
        return ds;
    }

    /** Stops at the first error; warnings (e.g. an unusual IRI) pass. */
    private record Strict(Path file) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) {}
        @Override public void error(String message, long line, long col) { fatal(message, line, col); }
        @Override public void fatal(String message, long line, long col) {
            String where = line > 0 ? "line " + line + (col > 0 ? ", column " + col : "") + ": " : "";
            throw new ZhituException(file + ": " + where + message);
        }
    }
}
