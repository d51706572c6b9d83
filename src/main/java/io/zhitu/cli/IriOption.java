package io.zhitu.cli;

import io.zhitu.core.ZhituException;
import io.zhitu.rdf.RdfWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** An option whose value is an IRI: {@code <https://…>}, {@code https://…} or a prefixed name of the contract ({@code zti:doc/…}). */
final class IriOption {
    private IriOption() {}

    static Node parse(CommandSpec spec, String option, String value) {
        try {
            return NodeFactory.createURI(expand(value));
        } catch (ZhituException e) {
            throw new ParameterException(spec.commandLine(), option + " " + e.getMessage());
        }
    }

    /**
     * The IRI a value names, its prefix expanded.
     *
     * @throws ZhituException {@code 'VALUE' is not an absolute IRI (e.g. zti:doc/… or https://…)}
     */
    static String expand(String value) {
        String v = value.strip();
        if (v.startsWith("<") && v.endsWith(">")) v = v.substring(1, v.length() - 1);
        int colon = v.indexOf(':');
        if (colon > 0 && !v.substring(colon + 1).startsWith("//")) {
            String expanded = RdfWriter.PREFIXES.expand(v.substring(0, colon), v.substring(colon + 1));
            if (expanded != null) v = expanded;
        }
        if (!IRIs.check(v) || !IRIs.reference(v).isAbsolute()) {
            throw new ZhituException("'" + value + "' is not an absolute IRI (e.g. zti:doc/… or https://…)");
        }
        return v;
    }
}
