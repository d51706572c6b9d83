package io.zhitu.cli;

import io.zhitu.rdf.EvidenceForms;
import io.zhitu.rdf.RdfSink;
import io.zhitu.store.GraphStore;
import org.apache.jena.graph.Node;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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





    @Mixin GraphOutputOptions output;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
        output.check(spec);
        Node only = graph == null ? null : IriOption.parse(spec, "--graph", graph);
        try (GraphStore store = GraphStore.open(storeOptions.store, false);
             RdfSink sink = new RdfSink(output.format, output.out, root.env.out)) {
            store.forEachGraph(only, output.withReference, g -> sink.add(EvidenceForms.fromReified(g, output.provenance)));
            sink.commit();
        }
        return 0;
    }
}
