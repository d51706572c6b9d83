package io.zhitu.ontology;

import io.zhitu.cli.Run;
import io.zhitu.rdf.RdfWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The contract page is what users read to write queries and imports, so its examples must be what the
 * tool writes: each example names the {@code extract} run it comes from, and every statement of it must
 * be in that run's output (the JSON-LD and RDF/XML examples, which are not whole documents, must be
 * excerpts of it, line for line). And the page must name every term the tool writes.
 */
class ContractExamplesTest {

    static final Path CONTRACT = Path.of("ontology", "graph-contract.md");
    /** {@code <!-- example: ARGS -->} on the line before a fenced block. */
    static final Pattern MARKER = Pattern.compile("<!-- example: (.+?) -->");
    static final Set<String> RDF_FENCES = Set.of("turtle", "trig", "n-triples", "n-quads");
    static final Set<String> EXCERPT_FENCES = Set.of("json", "xml");

    record Example(int line, String args, String fence, String text) {
        @Override public String toString() { return "the example at line " + line + " (" + args + ")"; }
    }

    static List<Example> examples() throws IOException {
        List<String> lines = Files.readAllLines(CONTRACT);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("```") || lines.get(i).equals("```")) continue;
            String fence = lines.get(i).substring(3).strip();
            int end = i + 1;
            while (!lines.get(end).equals("```")) end++;
            Matcher m = i > 0 ? MARKER.matcher(lines.get(i - 1)) : null;
            assertTrue(m != null && m.matches(), "line " + (i + 1) + ": a ```" + fence + " example without the <!-- example: … --> line that names its run");
            assertTrue(RDF_FENCES.contains(fence) || EXCERPT_FENCES.contains(fence), "line " + (i + 1) + ": unknown example kind " + fence);
            out.add(new Example(i + 1, m.group(1), fence, String.join("\n", lines.subList(i + 1, end)) + "\n"));
            i = end;
        }
        return out;
    }

    final Map<String, String> outputs = new HashMap<>();

    /** What {@code zhitu extract ARGS} prints (run with {@code -q --no-store}: no summary line, no store). */
    String output(String command) {
        return outputs.computeIfAbsent(command, c -> {
            assertTrue(c.startsWith("extract "), "an example comes from an extract run: " + c);
            List<String> argv = new ArrayList<>(List.of("extract", "-q", "--no-store"));
            argv.addAll(List.of(c.substring("extract ".length()).split(" ")));
            Run r = Run.of(argv.toArray(String[]::new));
            assertEquals(0, r.exit(), c + ": " + r.err());
            return r.out();
        });
    }

    static Lang langOf(String args) {
        Matcher m = Pattern.compile("--output=(\\S+)").matcher(args);
        String f = m.find() ? m.group(1) : "turtle";
        return switch (f) {
            case "turtle" -> Lang.TURTLE;
            case "ntriples" -> Lang.NTRIPLES;
            case "nquads" -> Lang.NQUADS;
            case "trig" -> Lang.TRIG;
            case "jsonld" -> Lang.JSONLD;
            case "rdfxml" -> Lang.RDFXML;
            default -> throw new AssertionError("unknown format " + f);
        };
    }

    static DatasetGraph parse(String text, Lang lang) {
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.fromString(text, lang).parse(ds);
        return ds;
    }

    /** The example as RDF: Turtle and TriG with the contract's prefixes declared, as the page says. */
    static DatasetGraph parse(Example e) throws IOException {
        StringWriter prefixes = new StringWriter();
        RdfWriter.header(prefixes);
        try {
            return switch (e.fence) {
                case "turtle" -> parse(prefixes + e.text, Lang.TURTLE);
                case "trig" -> parse(prefixes + e.text, Lang.TRIG);
                case "n-triples" -> parse(e.text, Lang.NTRIPLES);
                case "n-quads" -> parse(e.text, Lang.NQUADS);
                default -> throw new AssertionError(e.fence);
            };
        } catch (RiotException x) {
            throw new AssertionError(e + " is not valid " + e.fence + ": " + x.getMessage(), x);
        }
    }

    @Test
    void everyExampleIsWhatTheToolWrites() throws IOException {
        List<Example> examples = examples();
        assertTrue(examples.size() >= 12, "the page's examples: " + examples.size());
        int statements = 0;
        for (Example e : examples) {
            String out = output(e.args);
            if (EXCERPT_FENCES.contains(e.fence)) {
                assertTrue(out.contains(e.text), e + " is not an excerpt of what the run writes");
                parse(out, langOf(e.args)); // and the whole output is valid
                continue;
            }
            DatasetGraph produced = parse(out, langOf(e.args));
            DatasetGraph example = parse(e);
            boolean quads = e.fence.equals("trig") || e.fence.equals("n-quads");
            List<String> absent = new ArrayList<>();
            example.find().forEachRemaining(q -> {
                boolean there = quads ? produced.contains(q)
                        : produced.contains(Node.ANY, q.getSubject(), q.getPredicate(), q.getObject());
                if (!there) absent.add(quads ? q.toString() : q.asTriple().toString());
            });
            assertTrue(absent.isEmpty(), e + ": not in the output: " + absent);
            long n = example.stream().count();
            assertTrue(n > 0, e + " states nothing");
            statements += n;
        }
        assertTrue(statements >= 80, "statements in the examples: " + statements);
    }

    @Test
    void aWrongExampleFails() throws IOException {
        // the check above can fail: a statement the tool does not write is caught
        Example e = examples().get(0);
        DatasetGraph produced = parse(output(e.args), langOf(e.args));
        Example wrong = new Example(0, e.args, "turtle",
                "<https://w3id.org/zhitu/id/model/qwen3> zt:developedBy <https://w3id.org/zhitu/id/org/openai> .\n");
        Quad q = parse(wrong).find().next();
        assertFalse(produced.contains(Node.ANY, q.getSubject(), q.getPredicate(), q.getObject()));
    }

    /**
     * Complete: every class and property the tool writes, in any provenance form, with or without the
     * reference facts, and every term {@code ontology/zhitu.ttl} defines, is named on the page.
     */
    @Test
    void thePageNamesEveryTermTheToolWrites() throws IOException {
        String page = Files.readString(CONTRACT);
        Set<String> terms = new TreeSet<>();
        for (String sample : List.of("samples/netease-beyond-deepseek.zh-Hant.txt", "samples/kimi-glm-qwen.zh-Hans.txt")) {
            for (String form : List.of("reified", "rdf12", "graph")) {
                DatasetGraph ds = parse(output("extract --with-reference --output=nquads --provenance=" + form + " " + sample), Lang.NQUADS);
                ds.stream().forEach(q -> {
                    terms.add(prefixed(q.getPredicate()));
                    if (q.getPredicate().equals(RDF.type.asNode())) terms.add(prefixed(q.getObject()));
                });
            }
        }
        DatasetGraph ontology = parse(Files.readString(Path.of("ontology", "zhitu.ttl")), Lang.TURTLE);
        ontology.stream().map(Quad::getSubject).filter(Node::isURI)
                .filter(s -> s.getURI().startsWith("https://w3id.org/zhitu/ontology#"))
                .forEach(s -> terms.add(prefixed(s)));
        assertTrue(terms.size() > 30, terms::toString);
        List<String> missing = terms.stream()
                .filter(t -> !Pattern.compile("(?<![\\w:/#.-])" + Pattern.quote(t) + "(?![\\w/#-])").matcher(page).find())
                .collect(Collectors.toList());
        assertEquals(List.of(), missing, "terms the tool writes that the contract page does not name");
    }

    static String prefixed(Node n) {
        String s = RdfWriter.PREFIXES.abbreviate(n.getURI());
        assertNotNull(s, "a term outside the contract's namespaces: " + n);
        return s;
    }
}
