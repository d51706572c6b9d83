package io.zhitu.cli;

import io.zhitu.TestDocs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the command line through the same factory as {@code Main}: exit code, stdout, stderr. */
public record Run(int exit, String out, String err) {

    public static Run of(String... args) {
        return withInput(new ByteArrayInputStream(new byte[0]), args);
    }

    public static Run withInput(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.commandLine(in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestDocs::pipeline).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** stderr's lines. */
    public java.util.List<String> errLines() {
        return err.lines().toList();
    }
}
