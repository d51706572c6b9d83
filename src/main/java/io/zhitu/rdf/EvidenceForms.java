package io.zhitu.rdf;

import io.zhitu.core.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Converts graphs that hold their evidence in the {@link Provenance#REIFIED} form (the form the store
 * keeps) to any other {@link Provenance} form, giving what {@link GraphBuilder} would have built in that
 * form. An evidence node is a subject typed {@code rdf:Statement} with its {@code rdf:subject}, {@code
 * rdf:predicate} and {@code rdf:object}; the reference graph carries none and passes through unchanged.
 */
public final class EvidenceForms {

    private static final Node RDF_TYPE = NodeFactory.createURI(Vocab.RDF + "type");
    private static final Node RDF_STATEMENT = NodeFactory.createURI(Vocab.RDF + "Statement");
    private static final Node RDF_SUBJECT = NodeFactory.createURI(Vocab.RDF + "subject");
    private static final Node RDF_PREDICATE = NodeFactory.createURI(Vocab.RDF + "predicate");
    private static final Node RDF_OBJECT = NodeFactory.createURI(Vocab.RDF + "object");
    private static final Node RDF_REIFIES = NodeFactory.createURI(Vocab.RDF + "reifies");
    private static final Set<Node> REIFICATION = Set.of(RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT);

    private EvidenceForms() {}

    /** A copy of {@code reified} with its evidence in the form {@code target}; the input is left as it is. */
    public static DatasetGraph fromReified(DatasetGraph reified, Provenance target) {
        DatasetGraph out = DatasetGraphFactory.create();
        List<Node> names = new ArrayList<>();
        reified.listGraphNodes().forEachRemaining(names::add);
        reified.getDefaultGraph().find().forEachRemaining(t -> out.add(Quad.create(Quad.defaultGraphIRI, t)));
        for (Node g : names) convert(reified, g, target, out);
        return out;
    }

    private static void convert(DatasetGraph in, Node g, Provenance target, DatasetGraph out) {
        Set<Node> evidence = new HashSet<>();
        in.find(g, Node.ANY, RDF_TYPE, RDF_STATEMENT).forEachRemaining(q -> {
            Node s = q.getSubject();
            if (REIFICATION.stream().allMatch(p -> in.contains(g, s, p, Node.ANY))) evidence.add(s);
        });
        Node evidenceGraph = g.isURI() ? NodeFactory.createURI(GraphBuilder.evidenceGraph(g.getURI())) : g;
        in.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Node s = q.getSubject();
            if (!evidence.contains(s) || target == Provenance.REIFIED) {
                out.add(q);
                return;
            }
            switch (target) {
                case NONE -> { }
                case GRAPH -> out.add(evidenceGraph, s, q.getPredicate(), q.getObject());
                case RDF12 -> {
                    Node p = q.getPredicate();
                    if (p.equals(RDF_TYPE) && q.getObject().equals(RDF_STATEMENT)) {
                        out.add(g, s, RDF_REIFIES, tripleTerm(in, g, s));
                    } else if (!REIFICATION.contains(p)) {
                        out.add(q);
                    }
                }
                default -> throw new IllegalStateException(target.toString());
            }
        });
    }

    /** {@code <<( s p o )>>} of a reified statement node. */
    private static Node tripleTerm(DatasetGraph in, Node g, Node statement) {
        return NodeFactory.createTripleTerm(Triple.create(
                only(in, g, statement, RDF_SUBJECT), only(in, g, statement, RDF_PREDICATE), only(in, g, statement, RDF_OBJECT)));
    }

    private static Node only(DatasetGraph in, Node g, Node s, Node p) {
        return in.find(g, s, p, Node.ANY).next().getObject();
    }
}
