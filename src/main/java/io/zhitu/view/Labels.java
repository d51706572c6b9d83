package io.zhitu.view;

import io.zhitu.core.Vocab;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the one name a node is drawn with. A preferred label ({@code rdfs:label}) beats a title
 * ({@code schema:name}, the only name a document has) which beats a name merely seen in a text
 * ({@code skos:altLabel}); within one of them the language chain of {@link ViewLang} decides, then any
 * language (the least by tag and text, so that the choice never depends on the store's order); a node
 * with no name at all is called by the last segment of its IRI.
 */
final class Labels {
    private Labels() {}

    static final Node RDFS_LABEL = NodeFactory.createURI(Vocab.RDFS + "label");
    static final Node SCHEMA_NAME = NodeFactory.createURI(Vocab.NAME);
    static final Node SKOS_ALT = NodeFactory.createURI(Vocab.SKOS + "altLabel");
    private static final List<Node> NAMING = List.of(RDFS_LABEL, SCHEMA_NAME, SKOS_ALT);

    private static final Comparator<Node> BY_TAG_THEN_TEXT = Comparator
            .comparing((Node n) -> n.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(Node::getLiteralLexicalForm);

    /** The name of {@code node} in {@code lang}, looked for in each graph (the first that has one of a kind wins). */
    static String pick(Node node, ViewLang lang, Graph... graphs) {
        for (Node p : NAMING) {
            List<Node> names = literals(node, p, graphs);
            if (names.isEmpty()) continue;
            String chosen = choose(names, lang);
            if (chosen != null) return chosen;
        }
        return localName(node);
    }

    /** The literal values of {@code p} on {@code node} in all the graphs, without duplicates. */
    static List<Node> literals(Node node, Node p, Graph... graphs) {
        List<Node> out = new ArrayList<>();
        for (Graph g : graphs) {
            if (g == null) continue;
            g.find(node, p, Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if (o.isLiteral() && !o.getLiteralLexicalForm().isBlank() && !out.contains(o)) out.add(o);
            });
        }
        return out;
    }

    /** The label of the chain's first language that has one; else the least of them all. */
    static String choose(List<Node> names, ViewLang lang) {
        if (names.isEmpty()) return null;
        for (String wanted : lang.chain()) {
            var hit = names.stream().filter(n -> ViewLang.matches(n.getLiteralLanguage(), wanted)).min(BY_TAG_THEN_TEXT);
            if (hit.isPresent()) return hit.get().getLiteralLexicalForm().strip();
        }
        return names.stream().min(BY_TAG_THEN_TEXT).orElseThrow().getLiteralLexicalForm().strip();
    }

    /** What follows the IRI's last {@code #}, {@code /} or {@code :} ({@code zti:org/alibaba} is "alibaba"); a blank node is "(blank node)". */
    static String localName(Node node) {
        if (!node.isURI()) return "(blank node)";
        String iri = node.getURI();
        String trimmed = iri.endsWith("/") || iri.endsWith("#") ? iri.substring(0, iri.length() - 1) : iri;
        int cut = Math.max(trimmed.lastIndexOf('#'), Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')));
        String local = cut >= 0 && cut < trimmed.length() - 1 ? trimmed.substring(cut + 1) : trimmed;
        return local.isEmpty() ? iri : local;
    }
}
