package io.zhitu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The top command: its subcommands do the work. They are registered by {@link Cli} rather than in this
 * annotation, so that a run can build the model of the one subcommand it names and no other.
 */
@Command(name = "zhitu", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Knowledge graphs of news articles about the AI ecosystem (Chinese, Traditional or Simplified, and English), in RDF.",
        footer = {"", "Exit codes: 0 ok, 1 failure, 2 usage, 3 store in use or not a store, 4 remote endpoint or port."})
public final class ZhituCommand implements Runnable {
    final Env env;

    @Spec CommandSpec spec;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Show the stack trace of an error.")
    boolean stacktrace;

    ZhituCommand(Env env) { this.env = env; }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is missing (extract, explain, query, queries, export, validate, serve, push, bench)");
    }
}
