package io.zhitu;

import io.zhitu.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** README's first command prints what README shows, so README cannot go stale. */
class ReadmeTest {
    static final String FIRST = "mvn -q -B package -DskipTests && target/zhitu extract --provenance=none samples/netease-beyond-deepseek.zh-Hant.txt";

    @Test
    void theSampleOutputInReadmeIsWhatExtractPrints(@TempDir Path store) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.indexOf(FIRST) > 0 && readme.indexOf(FIRST) < 2500, "the first command near the top");
        assertTrue(readme.contains("\nmvn -B verify\n"), "the test command");
        String shown = between(readme, "<!-- begin sample-output -->\n```turtle\n", "```\n<!-- end sample-output -->");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.commandLine(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestDocs::pipeline)
                .execute("extract", "--provenance=none", "--store=" + store.resolve("s"), "samples/netease-beyond-deepseek.zh-Hant.txt");
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertEquals(shown, out.toString(StandardCharsets.UTF_8));
    }

    static String between(String s, String from, String to) {
        int a = s.indexOf(from);
        assertTrue(a >= 0, "marker " + from);
        int b = s.indexOf(to, a + from.length());
        assertTrue(b >= 0, "marker " + to);
        return s.substring(a + from.length(), b);
    }
}
