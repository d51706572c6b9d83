package io.zhitu.query;

import io.zhitu.core.ZhituException;
import io.zhitu.rdf.RdfFormat;
import io.zhitu.rdf.RdfWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link QueryResult} in a {@link ResultFormat}, the same bytes for the same result.
 * Tables show IRIs with the {@link Prefixes} and literals as their plain text, and count
 * East Asian wide characters as two columns ({@link TextWidth}); graphs are written sorted, by
 * {@link RdfWriter} as exports are.
 */
public final class ResultWriter {
    private ResultWriter() {}

    /**
     * Writes a result as UTF-8.
     *
     * @throws ZhituException when the format does not apply to the result (turtle for a SELECT, csv for a CONSTRUCT)
     */
    public static void write(QueryResult result, ResultFormat format, OutputStream out) {
        if (!format.fits(result)) {
            String kind = result instanceof QueryResult.Triples ? "CONSTRUCT and DESCRIBE" : "SELECT and ASK";
            String use = result instanceof QueryResult.Triples ? "turtle, ntriples or table" : "table, csv, tsv, json or xml";
            throw new ZhituException("format '" + format.keyword() + "' does not apply to " + kind + " results (use " + use + ")");
        }
        if (result instanceof QueryResult.Rows rows) writeRows(rows, format, out);
        else if (result instanceof QueryResult.Answer answer) writeAnswer(answer.value(), format, out);
        else writeGraph(((QueryResult.Triples) result).graph(), format, out);
    }

    /** The result as a string, as {@link #write(QueryResult, ResultFormat, OutputStream)} writes it. */
    public static String toString(QueryResult result, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(result, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    // ---- SELECT and ASK

    private static void writeRows(QueryResult.Rows rows, ResultFormat format, OutputStream out) {
        if (format == ResultFormat.TABLE) {
            Cells cells = new Cells();
            List<List<String>> body = new ArrayList<>();
            for (Binding b : rows.rows()) {
                List<String> line = new ArrayList<>();
                for (String v : rows.vars()) line.add(cells.of(b.get(Var.alloc(v))));
                body.add(line);
            }
            text(out, table(rows.vars(), body));
            return;
        }
        List<Var> vars = rows.vars().stream().map(Var::alloc).toList();
        ResultsWriter.create().lang(lang(format)).build()
                .write(out, RowSetStream.create(vars, rows.rows().iterator()));
    }

    private static void writeAnswer(boolean value, ResultFormat format, OutputStream out) {
        if (format == ResultFormat.TABLE) {
            text(out, value + "\n");
            return;
        }
        ResultsWriter.create().lang(lang(format)).build().write(out, value);
    }

    private static Lang lang(ResultFormat format) {
        return switch (format) {
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            case JSON -> ResultSetLang.RS_JSON;
            case XML -> ResultSetLang.RS_XML;
            default -> throw new IllegalArgumentException(format.toString());
        };
    }

    // ---- tables

    /** A node as a table shows it: a prefixed name or the IRI, a literal's text, "" for unbound. */
    public static String cell(Node node) {
        return new Cells().of(node);
    }

    /** Display forms, giving blank nodes labels _:b0, _:b1 ... in the order they are met. */
    private static final class Cells {
        private final Map<Node, String> blanks = new HashMap<>();

        String of(Node n) {
            if (n == null) return "";
            if (n.isURI()) return Prefixes.abbreviate(n.getURI());
            if (n.isLiteral()) return n.getLiteralLexicalForm();
            if (n.isBlank()) return blanks.computeIfAbsent(n, k -> "_:b" + blanks.size());
            if (n.isTripleTerm()) {
                Triple t = n.getTriple();
                return "<< " + of(t.getSubject()) + " " + of(t.getPredicate()) + " " + of(t.getObject()) + " >>";
            }
            return n.toString();
        }
    }

    /**
     * An aligned text table: the header, a rule of dashes, then the rows; columns two spaces apart, each
     * as wide as its widest cell in {@link TextWidth} columns, no trailing spaces. Line breaks and tabs in
     * cells become spaces.
     */
    public static String table(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        for (List<String> r : rows) all.add(r.stream().map(ResultWriter::oneLine).toList());
        int[] widths = new int[header.size()];
        for (List<String> r : all) {
            for (int i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], TextWidth.of(r.get(i)));
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) rule.add("-".repeat(Math.max(w, 1)));
        line(sb, rule, widths);
        for (List<String> r : all.subList(1, all.size())) line(sb, r, widths);
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) l.append("  ");
            String c = cells.get(i);
            l.append(c).append(" ".repeat(Math.max(0, widths[i] - TextWidth.of(c))));
        }
        int end = l.length();
        while (end > 0 && l.charAt(end - 1) == ' ') end--;
        sb.append(l, 0, end).append('\n');
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    // ---- CONSTRUCT and DESCRIBE

    private static void writeGraph(Graph graph, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> {
                Cells cells = new Cells();
                List<List<String>> rows = new ArrayList<>();
                List<Triple> triples = new ArrayList<>(graph.find().toList());
                triples.sort(Comparator.comparing(NodeFmtLib::strNT));
                for (Triple t : triples) {
                    rows.add(List.of(cells.of(t.getSubject()), cells.of(t.getPredicate()), cells.of(t.getObject())));
                }
                text(out, table(List.of("subject", "predicate", "object"), rows));
            }
            case TURTLE -> RdfWriter.write(DatasetGraphFactory.wrap(graph), RdfFormat.TURTLE, out);
            case NTRIPLES -> RdfWriter.write(DatasetGraphFactory.wrap(graph), RdfFormat.NTRIPLES, out);
            default -> throw new IllegalArgumentException(format.toString());
        }
    }

    private static void text(OutputStream out, String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
