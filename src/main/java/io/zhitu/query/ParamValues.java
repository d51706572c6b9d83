package io.zhitu.query;

import io.zhitu.core.ZhituException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a parameter value as typed by a user into an RDF term of the parameter's type. */
final class ParamValues {
    private ParamValues() {}

    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][A-Za-z0-9_.-]*):(.*)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern BAD_IRI_CHAR = Pattern.compile("[\\s<>\"{}|^`\\\\]");

    /**
     * The term for a value.
     *
     * @throws ZhituException {@code --param NAME: 'VALUE' is not ...} when the value does not fit the type
     */
    static Node toNode(String name, QueryParam.Type type, String value) {
        String where = "--param " + name + ": ";
        return switch (type) {
            case IRI -> NodeFactory.createURI(iri(where, value));
            case STRING -> NodeFactory.createLiteralString(value);
            case INTEGER -> {
                try {
                    yield NodeFactory.createLiteralDT(new BigInteger(value.strip()).toString(), XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new ZhituException(where + "'" + value + "' is not an integer");
                }
            }
            case DATE -> {
                String v = value.strip();
                try {
                    if (!DATE.matcher(v).matches()) throw new DateTimeParseException("", v, 0);
                    LocalDate.parse(v);
                } catch (DateTimeParseException e) {
                    throw new ZhituException(where + "'" + value + "' is not a date (YYYY-MM-DD)");
                }
                yield NodeFactory.createLiteralDT(v, XSDDatatype.XSDdate);
            }
        };
    }

    /** A full IRI, {@code <IRI>} or a prefixed name of {@link Prefixes}, expanded and checked. */
    static String iri(String where, String value) {
        String v = value.strip();
        String iri;
        if (v.startsWith("<") && v.endsWith(">")) {
            iri = v.substring(1, v.length() - 1);
        } else {
            Matcher m = PREFIXED.matcher(v);
            String ns = m.matches() ? Prefixes.namespace(m.group(1)) : null;
            if (ns != null) {
                iri = ns + m.group(2);
            } else if (m.matches() && !v.contains("://") && !v.startsWith("urn:")) {
                throw new ZhituException(where + "unknown prefix '" + m.group(1) + ":' in '" + value
                        + "' (known: " + Prefixes.list() + "; or give a full IRI)");
            } else {
                iri = v;
            }
        }
        if (iri.isEmpty() || BAD_IRI_CHAR.matcher(iri).find()) throw notIri(where, value);
        try {
            IRIx x = IRIx.create(iri);
            if (x.isRelative() || x.scheme() == null) throw notIri(where, value);
        } catch (IRIException e) {
            throw notIri(where, value);
        }
        return iri;
    }

    private static ZhituException notIri(String where, String value) {
        return new ZhituException(where + "'" + value
                + "' is not an IRI (give a full IRI, <IRI> or a prefixed name such as zti:org/alibaba)");
    }
}
