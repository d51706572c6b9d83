package io.zhitu.rdf;

import io.zhitu.core.ZhituException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a graph against the SHACL shapes shipped in {@code ontology/shapes.ttl} and reports each
 * violation as a line a person reads: {@code focus  path  message}, names abbreviated with the
 * contract's prefixes, lines sorted.
 */
public final class ShapeCheck {

    /** The shapes on the classpath. */
    public static final String SHAPES = "ontology/shapes.ttl";

    private static final Pattern PLAIN_LOCAL = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]*");

    private final Shapes shapes;

    private ShapeCheck(Shapes shapes) { this.shapes = shapes; }

    /** The shipped shapes. */
    public static ShapeCheck standard() {
        try (InputStream in = ShapeCheck.class.getClassLoader().getResourceAsStream(SHAPES)) {
            if (in == null) throw new ZhituException(SHAPES + ": not on the classpath (a broken build?)");
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new ShapeCheck(Shapes.parse(g));
        } catch (IOException e) {
            throw new ZhituException(SHAPES + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** The violations of a graph, one line each, sorted; empty when it conforms. */
    public List<String> violations(Graph g) {
        return ShaclValidator.get().validate(shapes, g).getEntries().stream()
                .map(ShapeCheck::line).distinct().sorted().toList();
    }

    private static String line(ReportEntry e) {
        return brief(e.focusNode()) + "  " + brief(e.resultPath()) + "  " + e.message();
    }

    private static String brief(Path p) {
        if (p == null) return "-";
        if (p instanceof P_Link link) return brief(link.getNode());
        return p.toString(new org.apache.jena.sparql.core.Prologue(org.apache.jena.riot.system.Prefixes.adapt(RdfWriter.PREFIXES)));
    }

    /** A node as a person reads it: {@code zti:model/qwen3}, {@code zt:totalParameters}, {@code "abc"}. */
    static String brief(Node n) {
        if (n != null && n.isURI()) {
            String iri = n.getURI();
            Map.Entry<String, String> best = null;
            for (Map.Entry<String, String> e : RdfWriter.PREFIXES.getMapping().entrySet()) {
                String ns = e.getValue();
                if (iri.startsWith(ns) && PLAIN_LOCAL.matcher(iri.substring(ns.length())).matches()
                        && (best == null || ns.length() > best.getValue().length())) best = e;
            }
            if (best != null) return best.getKey() + ":" + iri.substring(best.getValue().length());
        }
        return NodeFmtLib.str(n, RdfWriter.PREFIXES);
    }
}
