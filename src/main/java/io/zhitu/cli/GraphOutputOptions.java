package io.zhitu.cli;

import io.zhitu.core.ZhituException;
import io.zhitu.rdf.Provenance;
import io.zhitu.rdf.RdfFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;

/** Where and how a graph is written: {@code -o}, {@code --output}, {@code --provenance}, {@code --with-reference} (extract and export). */
public final class GraphOutputOptions {
    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the graph here (default: stdout). Written to a temporary name, then renamed.")
    Path out;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "turtle",
            description = "turtle (default), ntriples, nquads, trig, jsonld, rdfxml.")
    RdfFormat format;

    @Option(names = "--provenance", paramLabel = "MODE", defaultValue = "reified",
            description = "How evidence rides along: reified (default; rdf:Statement nodes), rdf12 (reifiers), graph (evidence in its own named graph; dataset formats), none.")
    Provenance provenance;

    @Option(names = "--with-reference", description = "Add what the bundled reference data knows about the entities, in graph zti:graph/reference.")
    boolean withReference;

    /** A format that cannot carry the provenance mode is a usage error, found before any work. */
    void check(CommandSpec spec) {
        try {
            format.check(provenance);
        } catch (ZhituException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
