package io.zhitu.cli;

import io.zhitu.pipeline.ZhituException;
import io.zhitu.rdf.EvidenceForms;
import io.zhitu.rdf.Provenance;
import io.zhitu.rdf.RdfFormat;
import io.zhitu.rdf.RdfSink;
import io.zhitu.rdf.RdfWriter;
import io.zhitu.store.GraphStore;
import org.apache.jena.graph.Node;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code zhitu export}: the store, or one document of it, as RDF in any format and provenance form. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the graphs of the store (or one document graph) as RDF, sorted, in any format and provenance form.",
                "The output is what extract writes for the same documents and options."})
public final class ExportCommand implements Callable<Integer> {

    @ParentCommand ZhituCommand root;
    @Spec CommandSpec spec;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this document graph (an IRI, or zti:doc/…).")
    String graph;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here (default: stdout). Written to a temporary name, then renamed.")
    Path out;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "turtle",
            description = "turtle (default), ntriples, nquads, trig, jsonld, rdfxml.")
    RdfFormat format;

    @Option(names = "--provenance", paramLabel = "MODE", defaultValue = "reified",
            description = "reified (default), rdf12, graph (dataset formats), none: as for extract.")
    Provenance provenance;

    @Option(names = "--with-reference", description = "Add the reference graph (facts from the bundled reference data).")
    boolean withReference;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
        try {
            RdfWriter.check(format, provenance);
        } catch (ZhituException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Node only = graph == null ? null : IriOption.parse(spec, "--graph", graph);
        try (GraphStore store = GraphStore.open(storeOptions.store, false);
             RdfSink sink = new RdfSink(format, out, root.env.out)) {
            store.forEachGraph(only, withReference, g -> sink.add(EvidenceForms.fromReified(g, provenance)));
            sink.commit();
        }
        return 0;
    }
}
