package io.zhitu.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code zhitu explain} as a user runs it.
 *
 * <p>Golden cases are folders {@code src/test/resources/explain/<case>/} holding {@code input.txt} and the exact
 * {@code expected.txt} the command prints for it. When a change of the rules or the gazetteer changes what a case
 * prints on purpose, check the new output by eye and rewrite the expected files with
 * {@code mvn -q -B test -Dtest=ExplainCommandTest -Dzhitu.golden.update=true}.
 */
class ExplainCommandTest {
    @TempDir Path dir;

    static final Path CASES = Path.of("src/test/resources/explain");
    /** Set to true to rewrite every case's expected.txt from what the command prints now. */
    static final boolean UPDATE = Boolean.getBoolean("zhitu.golden.update");

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(CASES)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(cases.isEmpty(), "no case under " + CASES);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> golden(c)));
    }

    private static void golden(Path c) throws IOException {
        Path input = c.resolve("input.txt"), expectedFile = c.resolve("expected.txt");
        CliRun.Result r = CliRun.run("explain", input.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err());
        if (UPDATE) {
            Files.writeString(expectedFile, r.out(), StandardCharsets.UTF_8);
            System.out.println("explain golden case rewritten: " + expectedFile);
            return;
        }
        assertTrue(Files.exists(expectedFile), expectedFile + " is missing: run with -Dzhitu.golden.update=true to write it");
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        if (!expected.equals(r.out())) {
            fail("zhitu explain " + input + " differs from " + expectedFile + " (- expected, + actual; if the change is right, "
                    + "rewrite it with -Dzhitu.golden.update=true):\n" + diff(expected, r.out()));
        }
    }

    @Test
    void standardInputIsNamedDash() throws IOException {
        byte[] in = Files.readAllBytes(CASES.resolve("release-zh/input.txt"));
        CliRun.Result r = withInput(in, "explain", "-");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("explain: - (zh-Hans), 4 sentences, "), lines.get(0));
        // the same text from a file explains the same, but for its name
        String fromFile = CliRun.run("explain", CASES.resolve("release-zh/input.txt").toString()).out();
        assertEquals(fromFile.substring(fromFile.indexOf('\n')), r.out().substring(r.out().indexOf('\n')));
    }

    @Test
    void htmlPageWithUrl() throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"), """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>阿里巴巴发布Qwen3模型</title></head>
                <body>
                <nav><a href="/">首页</a> | <a href="/tech">科技</a> | <a href="/ai">人工智能</a></nav>
                <h1>阿里巴巴发布Qwen3模型</h1>
                <p>阿里巴巴发布了Qwen3模型。OpenAI此前发布了gpt-oss-120b。</p>
                <p>OpenAI的研究员评测了Qwen3。</p>
                <footer>版权所有 © 2025</footer>
                </body></html>
                """, StandardCharsets.UTF_8);
        CliRun.Result r = CliRun.run("explain", "--url=https://example.org/news/1", page.toString());
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("explain: " + page + " (zh-Hans), "), lines.get(0));
        assertEquals("document <https://example.org/news/1>", lines.get(1));
        // offsets point into the page's rendered text, and so does every sentence shown
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\[\\d+] \\d+-\\d+ 阿里巴巴发布了Qwen3模型。")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("  mention Qwen3 \\d+-\\d+ model/qwen3 AIModel via gazetteer")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("  statement model/qwen3 developedBy org/alibaba  \\(rule [a-z0-9-]+ at \\d+-\\d+\\)")), r.out());
        assertTrue(lines.stream().noneMatch(l -> l.contains("首页")), "the menu is boilerplate: " + r.out());
    }

    @Test
    void missingFileIsOneLineAndExitOne() {
        Path missing = dir.resolve("missing.txt");
        CliRun.Result r = CliRun.run("explain", missing.toString());
        assertEquals(1, r.exit());
        assertEquals("zhitu: " + missing + ": no such file\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void emptyFileIsOneLineAndExitOne() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        CliRun.Result r = CliRun.run("explain", empty.toString());
        assertEquals(1, r.exit());
        assertEquals("zhitu: " + empty + ": empty file\n", r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        CliRun.Result none = CliRun.run("explain");
        assertEquals(2, none.exit());
        assertTrue(none.err().startsWith("zhitu: Missing required parameter: 'FILE'"), none.err());
        CliRun.Result two = CliRun.run("explain", "a.txt", "b.txt");
        assertEquals(2, two.exit());
        CliRun.Result folder = CliRun.run("explain", dir.toString());
        assertEquals(2, folder.exit());
        assertEquals("zhitu: explain reads one article: " + dir + " is a folder", folder.err().lines().findFirst().orElse(""));
        CliRun.Result url = CliRun.run("explain", "--url=news/1.html", "-");
        assertEquals(2, url.exit());
        assertEquals("zhitu: --url 'news/1.html' is not an absolute IRI (e.g. https://example.org/news/1)", url.err().lines().findFirst().orElse(""));
    }

    /** A run through the same factory as {@link CliRun#run}, reading {@code stdin}. */
    private static CliRun.Result withInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8), e = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandLine cl = Cli.commandLine(new ByteArrayInputStream(stdin), o, e, CliRun::pipeline);
        int exit = cl.execute(args);
        return new CliRun.Result(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines that differ, from a longest common subsequence: "- " expected only, "+ " actual only, with line numbers. */
    static String diff(String expected, String actual) {
        List<String> a = expected.lines().toList(), b = actual.lines().toList();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0, j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(String.format("- %4d %s", i + 1, a.get(i)));
                i++;
            } else {
                out.add(String.format("+ %4d %s", j + 1, b.get(j)));
                j++;
            }
        }
        if (out.isEmpty()) out.add("(the lines are equal: the difference is in line endings or the final newline)");
        return String.join("\n", out);
    }
}
