package io.zhitu.query;

import io.zhitu.core.ZhituException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header comment of a query file: the leading {@code #} lines, before the first line of SPARQL.
 * <pre>
 * # title: Models per developer
 * # description: Every AI model with the organisation that developed it.
 * # param: org iri optional -- restrict to one developer (e.g. zti:org/alibaba)
 * </pre>
 * Other comment lines of the header are free text and ignored.
 *
 * @param title       the {@code title:} line, or null when the file has none
 * @param description the {@code description:} lines, in order (may be empty)
 * @param params      the {@code param:} lines, in order
 */
public record QueryHeader(String title, List<String> description, List<QueryParam> params) {

    private static final Pattern FIELD = Pattern.compile("#\\s*(title|description|param)\\s*:\\s*(.*?)\\s*");
    private static final Pattern PARAM = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*)\\s+(\\S+)\\s+(\\S+)\\s+--\\s+(\\S.*)");

    public QueryHeader {
        description = List.copyOf(description);
        params = List.copyOf(params);
    }

    /** The description lines joined by a space ("" when there are none). */
    public String descriptionText() {
        return String.join(" ", description);
    }

    /** The parameter of that name, or null. */
    public QueryParam param(String name) {
        for (QueryParam p : params) if (p.name().equals(name)) return p;
        return null;
    }

    /**
     * Reads the header of a query text.
     *
     * @param source the query's name, to start error messages with
     * @throws ZhituException for a malformed {@code param:} line, a duplicate parameter or a second title
     */
    public static QueryHeader parse(String source, String text) {
        String title = null;
        List<String> description = new ArrayList<>();
        List<QueryParam> params = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isEmpty()) continue;
            if (!line.startsWith("#")) break;
            Matcher m = FIELD.matcher(line);
            if (!m.matches()) continue;
            String where = source + ": line " + (i + 1) + ": ";
            String value = m.group(2);
            switch (m.group(1)) {
                case "title" -> {
                    if (title != null) throw new ZhituException(where + "a second title");
                    if (value.isEmpty()) throw new ZhituException(where + "empty title");
                    title = value;
                }
                case "description" -> description.add(value);
                default -> {
                    QueryParam p = param(where, value);
                    if (!names.add(p.name())) throw new ZhituException(where + "parameter '" + p.name() + "' declared twice");
                    params.add(p);
                }
            }
        }
        return new QueryHeader(title, description, params);
    }

    private static QueryParam param(String where, String value) {
        Matcher m = PARAM.matcher(value);
        if (!m.matches()) {
            throw new ZhituException(where + "expected '# param: NAME TYPE DEFAULT -- DESCRIPTION', found '# param: " + value + "'");
        }
        QueryParam.Type type = QueryParam.Type.ofKeyword(m.group(2));
        if (type == null) {
            throw new ZhituException(where + "unknown parameter type '" + m.group(2) + "' (iri, string, integer or date)");
        }
        String name = m.group(1);
        String def = m.group(3);
        boolean required = def.equals("required");
        String defaultValue = required || def.equals("optional") ? null : def;
        if (defaultValue != null) {
            try {
                ParamValues.toNode(name, type, defaultValue);
            } catch (ZhituException e) {
                throw new ZhituException(where + "bad default: " + e.getMessage());
            }
        }
        return new QueryParam(name, type, required, defaultValue, m.group(4));
    }
}
