package io.zhitu.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A run builds the model of the one subcommand its arguments name: it must behave as the whole model does. */
class StartupModelTest {

    @Test
    void everyNameGivesTheCommandOfThatName() {
        for (String name : Cli.COMMANDS) {
            Object c = Cli.command(name);
            assertNotNull(c, name);
            assertEquals(name, c.getClass().getAnnotation(Command.class).name());
        }
        assertNull(Cli.command("help"));
    }

    @Test
    void theNamedSubcommandIsTheFirstArgumentAfterStacktrace() {
        assertEquals("extract", Cli.named(new String[] {"extract", "a.txt"}));
        assertEquals("query", Cli.named(new String[] {"--stacktrace", "query", "x"}));
        assertNull(Cli.named(new String[] {"--help"}));
        assertNull(Cli.named(new String[] {"--version", "extract"}));
        assertNull(Cli.named(new String[] {"nonsense"}));
        assertNull(Cli.named(new String[] {}));
    }

    @Test
    void oneSubcommandOrAll() {
        assertEquals(List.of("query"), new ArrayList<>(model("--stacktrace", "query", "x").getSubcommands().keySet()));
        assertEquals(Cli.COMMANDS, new ArrayList<>(model("--help").getSubcommands().keySet()));
        assertEquals(Cli.COMMANDS, new ArrayList<>(model("nonsense").getSubcommands().keySet()));
    }

    /** Help, usage errors and their exit codes are the same through the one-command model as through the whole. */
    @Test
    void theOneCommandModelAnswersAsTheWholeModel() {
        for (String name : Cli.COMMANDS) {
            for (String[] args : List.of(new String[] {name, "--help"}, new String[] {name, "--no-such-option"}, new String[] {"--stacktrace", name, "--help"})) {
                String[] whole = run(false, args);
                String[] one = run(true, args);
                assertArrayEquals(whole, one, String.join(" ", args));
            }
        }
        String[] top = run(true, "--help");
        for (String name : Cli.COMMANDS) assertTrue(top[1].contains("\n  " + name + " "), name + " in the top help");
        assertEquals("2", run(true, "nonsense")[0]);
        assertEquals("zhitu: Unmatched argument at index 0: 'nonsense'", run(true, "nonsense")[2].lines().findFirst().orElse(""));
    }

    private static CommandLine model(String... args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return Cli.commandLine(new ByteArrayInputStream(new byte[0]), sink, sink, CliRun::pipeline, args);
    }

    /** Exit code, stdout and stderr of a run through the one-command model or the whole one. */
    private static String[] run(boolean oneCommand, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandLine cl = oneCommand
                ? Cli.commandLine(new ByteArrayInputStream(new byte[0]), o, e, CliRun::pipeline, args)
                : Cli.commandLine(new ByteArrayInputStream(new byte[0]), o, e, CliRun::pipeline);
        int exit = cl.execute(args);
        return new String[] {String.valueOf(exit), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }
}
