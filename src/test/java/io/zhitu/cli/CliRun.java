package io.zhitu.cli;

import io.zhitu.pipeline.Pipeline;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Runs the command line as {@code Main} does, through {@link Cli#commandLine}, with one pipeline shared by every test. */
final class CliRun {
    /** The sample article. */
    static final Path SAMPLE = Path.of("samples/netease-beyond-deepseek.zh-Hant.txt");

    private static Pipeline pipeline;

    private CliRun() {}

    static synchronized Pipeline pipeline() {
        if (pipeline == null) pipeline = Pipeline.standard();
        return pipeline;
    }

    /** Exit code, stdout (bytes and text) and stderr of one run. */
    record Result(int exit, byte[] bytes, String err) {
        String out() { return new String(bytes, StandardCharsets.UTF_8); }

        @Override
        public String toString() { return "exit " + exit + "\n--- stderr:\n" + err; }
    }

    static Result run(String... args) {
        return run(env -> {}, args);
    }

    /** A run whose environment the test adjusts first (e.g. the environment variables it sees). */
    static Result run(Consumer<Env> setup, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandLine cl = Cli.commandLine(new ByteArrayInputStream(new byte[0]), o, e, CliRun::pipeline);
        setup.accept(((ZhituCommand) cl.getCommand()).env);
        int exit = cl.execute(args);
        o.flush();
        e.flush();
        return new Result(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** The subcommand object of a command line, parsed but not run: for commands whose logic a test calls directly. */
    static <T> T command(PrintStream err, String... args) {
        CommandLine cl = Cli.commandLine(new ByteArrayInputStream(new byte[0]), System.out, err, CliRun::pipeline);
        return cl.parseArgs(args).subcommand().commandSpec().commandLine().getCommand();
    }

    /** Extracts the sample into a store (reference facts included), failing the test if it does not work. */
    static void extractSample(Path store, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "extract";
        args[1] = "-q";
        args[2] = "--store=" + store;
        System.arraycopy(more, 0, args, 3, more.length);
        args[args.length - 1] = SAMPLE.toString();
        Result r = run(args);
        if (r.exit() != 0) throw new AssertionError("extract failed: " + r);
    }
}
