package io.zhitu.cli;

import io.zhitu.rdf.RdfFiles;
import io.zhitu.rdf.ShapeCheck;
import io.zhitu.store.GraphStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code zhitu validate}: the SHACL shapes of the contract on a file or on the store. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check an RDF file, or the store, against the contract's SHACL shapes (ontology/shapes.ttl).",
                "Prints 'conforms', or one line per violation (focus  path  message) and their count.",
                "All the graphs of the input are checked together, as their union. Exit 0 when it conforms, 1 when not."})
public final class ValidateCommand implements Callable<Integer> {

    @ParentCommand ZhituCommand root;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "An RDF file; its syntax from the extension (.ttl, .nt, .nq, .trig, .jsonld, .rdf). Without it: the store.")
    Path file;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
        Graph union = GraphFactory.createDefaultGraph();
        if (file != null) {
            DatasetGraph ds = RdfFiles.read(file);
            ds.find().forEachRemaining(q -> union.add(q.asTriple()));
        } else {
            try (GraphStore store = GraphStore.open(storeOptions.store, false)) {
                store.forEachGraph(null, true, g -> g.find().forEachRemaining(q -> union.add(q.asTriple())));
            }
        }
        List<String> violations = ShapeCheck.standard().violations(union);
        PrintStream out = root.env.out;
        if (violations.isEmpty()) {
            out.println("conforms");
            return 0;
        }
        violations.forEach(out::println);
        out.println(violations.size() + (violations.size() == 1 ? " violation" : " violations"));
        return 1;
    }
}
