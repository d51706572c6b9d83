package io.zhitu.cli;

import io.zhitu.pipeline.Pipeline;
import io.zhitu.core.ZhituException;
import io.zhitu.rdf.Provenance;
import io.zhitu.rdf.RdfFormat;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The one factory of the command line: {@code Main} and the tests both use it, so what the tests
 * see is what users get. It wires the exit codes: 0 ok, 1 failure, 2 usage, and the codes a
 * {@link ZhituException} carries; a user error prints one line, a trace only with {@code --stacktrace}.
 */
public final class Cli {
    public static final String VERSION = "0.1.0";

    /** The subcommands' names, in the order {@code zhitu --help} lists them. */
    static final List<String> COMMANDS = List.of("extract", "explain", "queries", "query", "export", "validate", "serve", "view", "push", "load", "bench");

    /** A new subcommand object, or null for a name that is none (a switch: the classes not named are not even loaded). */
    static Object command(String name) {
        return switch (name) {
            case "extract" -> new ExtractCommand();
            case "explain" -> new ExplainCommand();
            case "queries" -> new QueriesCommand();
            case "query" -> new QueryCommand();
            case "export" -> new ExportCommand();
            case "validate" -> new ValidateCommand();
            case "serve" -> new ServeCommand();
            case "view" -> new ViewCommand();
            case "push" -> new PushCommand();
            case "load" -> new LoadCommand();
            case "bench" -> new BenchCommand();
            default -> null;
        };
    }

    private Cli() {}

    /**
     * Runs {@code zhitu} as {@code Main} does. Picocli builds a command's model by reflection over its
     * fields and their types, a tenth of a second or more per command on a cold JVM: only the subcommand
     * the arguments name is built (all of them when none is named, for the top help and its errors).
     */
    public static int execute(String... args) {
        return commandLine(System.in, System.out, System.err, Pipeline::standard, args).execute(args);
    }

    /** The command line over the standard pipeline. */
    public static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err) {
        return commandLine(in, out, err, Pipeline::standard);
    }

    /** The command line with a given pipeline factory (tests share one pipeline across runs). */
    public static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err, Supplier<Pipeline> pipeline) {
        return commandLine(in, out, err, pipeline, new String[0]);
    }

    /** The command line with every subcommand, or only the one {@code args} name (see {@link #execute}). */
    static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err, Supplier<Pipeline> pipeline, String[] argv) {
        Env env = new Env(in, out, err, pipeline);
        ZhituCommand root = new ZhituCommand(env);
        CommandLine cl = new CommandLine(root);
        String named = named(argv);
        for (String c : COMMANDS) {
            if (named == null || named.equals(c)) cl.addSubcommand(c, command(c));
        }
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(RdfFormat.class, s -> {
            try {
                return RdfFormat.of(s);
            } catch (ZhituException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
        cl.registerConverter(Provenance.class, s -> {
            try {
                return Provenance.of(s);
            } catch (ZhituException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("zhitu: " + oneLine(ex.getMessage()));
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            boolean trace = root.stacktrace;
            Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
            if (trace) t.printStackTrace(c.getErr());
            if (ex instanceof CommandLine.ParameterException pe) {
                c.getErr().println("zhitu: " + oneLine(pe.getMessage()));
                c.getErr().println("Try '" + pe.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
                return CommandLine.ExitCode.USAGE;
            }
            if (ex instanceof ZhituException z) {
                c.getErr().println("zhitu: " + oneLine(z.getMessage()));
                return z.exitCode();
            }
            c.getErr().println("zhitu: internal error: " + oneLine(String.valueOf(t)) + (trace ? "" : " (--stacktrace shows where)"));
            return ZhituException.FAILURE;
        });
        return cl;
    }

    /** The subcommand the arguments name (the first one that is not {@code --stacktrace}), or null. */
    static String named(String[] argv) {
        for (String a : argv) {
            if (a.equals("--stacktrace")) continue;
            return COMMANDS.contains(a) ? a : null;
        }
        return null;
    }

    /** A message on one line: newlines and control characters escaped. */
    static String oneLine(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.strip().toCharArray()) {
            if (c == '\n' || c == '\r') b.append(' ');
            else if (Character.isISOControl(c)) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }

    /** The version line of {@code --version}. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"zhitu " + VERSION, "Apache Jena 5.6.0, HanLP portable-1.8.6, Java " + System.getProperty("java.version")};
        }
    }
}
