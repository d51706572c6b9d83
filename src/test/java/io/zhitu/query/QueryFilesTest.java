package io.zhitu.query;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks every file of {@code queries/}: the INDEX, the headers, the parameters, the README. */
class QueryFilesTest {

    private static final Path FOLDER = Path.of("queries");

    private static Set<String> rqFiles() throws IOException {
        try (Stream<Path> s = Files.list(FOLDER)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void indexNamesExactlyTheRqFiles() throws IOException {
        String index = Files.readString(FOLDER.resolve("INDEX"), StandardCharsets.UTF_8);
        List<String> names = QueryLibrary.names(index);
        assertEquals(names.size(), new TreeSet<>(names).size(), "no name twice in INDEX");
        assertEquals(rqFiles(), new TreeSet<>(names));
        assertEquals(rqFiles(), new TreeSet<>(QueryLibrary.standard().names()), "the classpath copy is current");
    }

    @Test
    void atLeastSixteenQueriesWithKebabCaseNames() throws IOException {
        assertTrue(rqFiles().size() >= 16, rqFiles().toString());
        for (String n : rqFiles()) assertTrue(n.matches("[a-z0-9]+(-[a-z0-9]+)*"), n);
    }

    @Test
    void everyQueryParsesAndHasAHeader() {
        for (BundledQuery q : QueryLibrary.standard().all()) {
            Query parsed = QueryRunner.parse(q);
            QueryHeader h = q.header();
            assertNotNull(h.title(), q.name() + ": title");
            assertFalse(h.title().isBlank(), q.name() + ": title");
            assertFalse(h.description().isEmpty(), q.name() + ": description");
            assertTrue(q.text().startsWith("# title: "), q.name() + ": the header comes first");
            for (QueryParam p : h.params()) assertFalse(p.description().isBlank(), q.name() + ": " + p.name());
            if (parsed.isSelectType()) {
                assertTrue(parsed.hasOrderBy(), q.name() + ": a SELECT needs ORDER BY");
            }
        }
    }

    @Test
    void parametersDeclaredAreParametersUsed() {
        List<String> problems = new ArrayList<>();
        for (BundledQuery q : QueryLibrary.standard().all()) {
            Set<String> declared = q.header().params().stream().map(QueryParam::name).collect(Collectors.toCollection(TreeSet::new));
            Set<String> mentioned = mentionedVariables(q.text());
            Set<String> free = new TreeSet<>(mentioned);
            free.removeAll(boundVariables(QueryRunner.parse(q)));
            for (String d : declared) {
                if (!mentioned.contains(d)) problems.add(q.name() + ": parameter " + d + " is not used");
            }
            for (String f : free) {
                if (!declared.contains(f)) problems.add(q.name() + ": ?" + f + " is never bound and not a parameter");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFindsAnUndeclaredVariableAndAnUnusedParameter() {
        BundledQuery q = BundledQuery.of("t", """
                # title: t
                # param: org iri optional -- x
                SELECT ?m WHERE { ?m ?p ?o FILTER(?o = ?x) } ORDER BY ?m
                """);
        Set<String> free = mentionedVariables(q.text());
        free.removeAll(boundVariables(QueryRunner.parse(q)));
        assertEquals(Set.of("x"), free);
        assertFalse(mentionedVariables(q.text()).contains("org"));
    }

    @Test
    void readmeDocumentsTheHeaderAndListsEveryQuery() throws IOException {
        String readme = Files.readString(FOLDER.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("# param: NAME TYPE DEFAULT -- DESCRIPTION"));
        for (String n : rqFiles()) assertTrue(readme.contains("| `" + n + "` |"), "README lists " + n);
    }

    // ---- variables

    private static final Pattern IRI = Pattern.compile("<[^<>\\s]*>");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'");
    private static final Pattern COMMENT = Pattern.compile("#[^\\n]*");
    private static final Pattern VAR = Pattern.compile("[?$]([A-Za-z_0-9]+)");

    /** The variables a query's text names, comments, strings and IRIs left out. */
    static Set<String> mentionedVariables(String text) {
        String s = IRI.matcher(text).replaceAll(" ");
        s = STRING.matcher(s).replaceAll(" ");
        s = COMMENT.matcher(s).replaceAll(" ");
        Set<String> vars = new TreeSet<>();
        Matcher m = VAR.matcher(s);
        while (m.find()) vars.add(m.group(1));
        return vars;
    }

    /** The variables some pattern binds: triple patterns, paths, GRAPH, BIND and AS, VALUES, also inside EXISTS. */
    static Set<String> boundVariables(Query query) {
        Set<String> acc = new TreeSet<>();
        collect(Algebra.compile(query), acc);
        return acc;
    }

    private static void collect(Op op, Set<String> acc) {
        OpWalker.walk(op, new OpVisitorBase() {
            @Override public void visit(OpBGP bgp) {
                for (Triple t : bgp.getPattern()) {
                    node(t.getSubject()); node(t.getPredicate()); node(t.getObject());
                }
            }
            @Override public void visit(OpPath p) {
                node(p.getTriplePath().getSubject());
                node(p.getTriplePath().getObject());
            }
            @Override public void visit(OpGraph g) { node(g.getNode()); }
            @Override public void visit(OpExtend e) {
                e.getVarExprList().getVars().forEach(v -> acc.add(v.getVarName()));
                e.getVarExprList().getExprs().values().forEach(x -> expr(x));
            }
            @Override public void visit(OpTable t) { t.getTable().getVars().forEach(v -> acc.add(v.getVarName())); }
            @Override public void visit(OpFilter f) { exprs(f.getExprs()); }
            @Override public void visit(OpLeftJoin lj) { exprs(lj.getExprs()); }

            private void node(Node n) {
                if (Var.isVar(n)) acc.add(n.getName());
            }
            private void exprs(ExprList list) {
                if (list != null) list.forEach(this::expr);
            }
            private void expr(Expr e) {
                if (e instanceof ExprFunctionOp fop && fop.getGraphPattern() != null) collect(fop.getGraphPattern(), acc);
                if (e instanceof ExprFunction f) f.getArgs().forEach(this::expr);
            }
        });
    }
}
