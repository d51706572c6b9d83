package io.zhitu.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The launcher {@code target/zhitu} that {@code mvn package} builds, run as users run it (this test runs in
 * the integration-test phase of {@code mvn verify}, after the package phase). Each test works on its own copy of
 * the launcher and the jar, so that the class-data archive it makes and finds is its own.
 */
class LauncherIT {
    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final Path SAMPLE = Path.of("samples/netease-beyond-deepseek.zh-Hant.txt").toAbsolutePath();
    static final String JAVA_HOME = System.getProperty("java.home");
    static final String[] OTHER_COMMANDS = {"ExplainCommand", "QueriesCommand", "QueryCommand", "ExportCommand", "ValidateCommand",
            "ServeCommand", "PushCommand", "LoadCommand", "BenchCommand"};

    /** What the jar itself prints for the sample, without the launcher. */
    static byte[] reference;

    @TempDir Path tmp;

    record Result(int exit, byte[] out, String err) {
        String text() { return new String(out, StandardCharsets.UTF_8); }

        @Override
        public String toString() { return "exit " + exit + "\n--- stderr:\n" + err; }
    }

    @BeforeAll
    static void jarOutput() throws Exception {
        assertTrue(Files.isExecutable(TARGET.resolve("zhitu")), "mvn package makes target/zhitu, executable");
        Result r = run(List.of(JAVA_HOME + "/bin/java", "-cp", TARGET.resolve("zhitu.jar").toString(), "io.zhitu.Main",
                "extract", "-q", "--no-store", "--provenance=none", SAMPLE.toString()), Map.of(), TARGET);
        assertEquals(0, r.exit(), r.err());
        reference = r.out();
        assertTrue(r.text().contains("model/qwen3"), "the sample's graph");
    }

    /** A copy of the launcher and the jar in {@code dir}, as a user's installation. */
    static Path install(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.copy(TARGET.resolve("zhitu"), dir.resolve("zhitu"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(TARGET.resolve("zhitu.jar"), dir.resolve("zhitu.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        return dir.resolve("zhitu");
    }

    static List<String> archives(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("zhitu-") && (n.endsWith(".jsa") || n.endsWith(".tmp")))
                    .sorted().toList();
        }
    }

    static Result run(List<String> command, Map<String, String> env, Path cwd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("ZHITU_"));
        pb.environment().put("JAVA_HOME", JAVA_HOME);
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (e.getValue() == null) pb.environment().remove(e.getKey());
            else pb.environment().put(e.getKey(), e.getValue());
        }
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            Process p = pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("timed out: " + command);
            }
            return new Result(p.exitValue(), Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static List<String> extractSample(Path launcher) {
        return List.of(launcher.toString(), "extract", "--no-store", "--provenance=none", SAMPLE.toString());
    }

    /** The classes the JVM logged, and where it took each from. */
    static String classLog(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    static Map<String, String> logClasses(Path log) {
        return Map.of("ZHITU_JAVA_OPTS", "-Xlog:class+load:file=" + log);
    }

    @Test
    void runsThroughSymlinksFromAnotherFolderAndMakesTheArchiveOnce() throws Exception {
        Path launcher = install(tmp.resolve("app"));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("zhitu-link"), Path.of("../app/zhitu"));
        Files.createSymbolicLink(bin.resolve("zhitu"), Path.of("zhitu-link"));
        Path work = Files.createDirectories(tmp.resolve("work"));

        Result help = run(List.of(bin.resolve("zhitu").toString(), "extract", "--help"), Map.of(), work);
        assertEquals(0, help.exit(), help.toString());
        assertTrue(help.text().startsWith("Usage: zhitu extract "), help.text());
        assertEquals(List.of(), archives(launcher.getParent()), "a run that prints help makes no archive");

        Result first = run(extractSample(bin.resolve("zhitu")), Map.of(), work);
        assertEquals(0, first.exit(), first.toString());
        assertArrayEquals(reference, first.out(), "the jar's output");
        assertTrue(first.err().startsWith("zhitu: 1 document, "), first.err());
        List<String> made = archives(launcher.getParent());
        assertEquals(1, made.size(), "one archive beside the jar: " + made);
        assertTrue(made.get(0).matches("zhitu-\\d+-\\d+\\.jsa"), made.get(0));

        Path log = tmp.resolve("classes.log");
        Result second = run(extractSample(bin.resolve("zhitu")), logClasses(log), work);
        assertEquals(0, second.exit(), second.toString());
        assertArrayEquals(reference, second.out());
        assertEquals(made, archives(launcher.getParent()), "the same archive, reused");
        String classes = classLog(log);
        assertTrue(classes.contains("io.zhitu.cli.ExtractCommand source: shared objects file (top)"), "mapped from the archive");
        assertTrue(classes.contains("io.zhitu.pipeline.Pipeline source: shared objects file (top)"), "mapped from the archive");
        // one article touches nothing of the other commands, nor of the SPARQL server
        for (String c : OTHER_COMMANDS) assertFalse(classes.contains("io.zhitu.cli." + c + " "), c);
        assertFalse(classes.contains("org.eclipse.jetty."), "no Jetty");
        assertFalse(classes.contains("org.apache.jena.fuseki.server."), "no Fuseki server");
    }

    /** README's first command, after its build, run as written in a checkout's folder: it prints what README shows. */
    @Test
    void readmesFirstCommandPrintsReadmesSample() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String build = "mvn -q -B package -DskipTests && ";
        String line = readme.lines().filter(l -> l.startsWith(build)).findFirst().orElseThrow(() -> new AssertionError("README's first command"));
        String command = line.substring(build.length());
        assertTrue(command.startsWith("target/zhitu "), command);
        int a = readme.indexOf("<!-- begin sample-output -->\n```turtle\n");
        int b = readme.indexOf("```\n<!-- end sample-output -->");
        String shown = readme.substring(readme.indexOf('\n', readme.indexOf("```turtle", a)) + 1, b);

        Path checkout = Files.createDirectories(tmp.resolve("checkout"));
        install(checkout.resolve("target"));
        Files.createSymbolicLink(checkout.resolve("samples"), SAMPLE.getParent());
        Result r = run(List.of("/bin/sh", "-c", command), Map.of(), checkout);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(shown, r.text());
        assertTrue(r.err().matches("zhitu: 1 document, \\d+ statements, \\d+ entities, 0 failed, \\d+\\.\\d s \\(store: zhitu-store\\)\n"), r.err());
        assertTrue(Files.isDirectory(checkout.resolve("zhitu-store")), "the store in the current folder");
    }

    @Test
    void aRebuiltJarNeverUsesTheArchiveOfTheOldOne() throws Exception {
        Path launcher = install(tmp.resolve("app"));
        Path jar = launcher.resolveSibling("zhitu.jar");
        assertEquals(0, run(extractSample(launcher), Map.of(), tmp).exit());
        List<String> old = archives(launcher.getParent());
        assertEquals(1, old.size(), old.toString());

        // a rebuild: the same path, another time stamp
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        Path log = tmp.resolve("rebuilt.log");
        Result r = run(extractSample(launcher), logClasses(log), tmp);
        assertEquals(0, r.exit(), r.toString());
        assertArrayEquals(reference, r.out());
        assertFalse(classLog(log).contains("shared objects file (top)"), "the old archive was not mapped");
        List<String> now = archives(launcher.getParent());
        assertEquals(1, now.size(), "the new archive replaced the old: " + now);
        assertNotEquals(old, now);

        Path log2 = tmp.resolve("after.log");
        assertEquals(0, run(extractSample(launcher), logClasses(log2), tmp).exit());
        assertTrue(classLog(log2).contains("io.zhitu.cli.ExtractCommand source: shared objects file (top)"));
    }

    @Test
    void twoFirstRunsAtOnceLeaveOneWholeArchive() throws Exception {
        Path launcher = install(tmp.resolve("app"));
        List<Process> ps = new ArrayList<>();
        List<Path> outs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path out = tmp.resolve("out" + i + ".ttl");
            outs.add(out);
            ProcessBuilder pb = new ProcessBuilder(extractSample(launcher)).directory(tmp.toFile())
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().keySet().removeIf(k -> k.startsWith("ZHITU_"));
            pb.environment().put("JAVA_HOME", JAVA_HOME);
            ps.add(pb.start());
        }
        for (int i = 0; i < 2; i++) {
            assertTrue(ps.get(i).waitFor(300, TimeUnit.SECONDS), "run " + i + " ended");
            assertEquals(0, ps.get(i).exitValue(), "run " + i);
            assertArrayEquals(reference, Files.readAllBytes(outs.get(i)), "run " + i);
        }
        List<String> made = archives(launcher.getParent());
        assertEquals(1, made.size(), "one archive, no temporary file: " + made);
        assertTrue(made.get(0).endsWith(".jsa"), made.get(0));

        Path log = tmp.resolve("classes.log");
        Result r = run(extractSample(launcher), logClasses(log), tmp);
        assertEquals(0, r.exit(), r.toString());
        assertArrayEquals(reference, r.out());
        assertTrue(classLog(log).contains("io.zhitu.cli.ExtractCommand source: shared objects file (top)"));
    }

    @Test
    void argumentsAndExitCodesPassThrough() throws Exception {
        Path launcher = install(tmp.resolve("app"));
        Map<String, String> noArchive = Map.of("ZHITU_CDS", "off");

        Result usage = run(List.of(launcher.toString(), "extract"), noArchive, tmp);
        assertEquals(2, usage.exit());
        assertEquals("zhitu: Missing required parameter: 'FILE'", usage.err().lines().findFirst().orElse(""));

        Path missing = tmp.resolve("missing.txt");
        Result failure = run(List.of(launcher.toString(), "extract", "--no-store", missing.toString()), noArchive, tmp);
        assertEquals(1, failure.exit());
        assertEquals(List.of("zhitu: " + missing + ": no such file"), failure.err().lines().toList());
        assertEquals(0, failure.out().length);

        // a name with a space and a quote stays one argument
        Path odd = Files.copy(SAMPLE, tmp.resolve("an 'odd' name.txt"));
        Result ok = run(List.of(launcher.toString(), "--stacktrace", "extract", "-q", "--no-store", "--provenance=none", odd.getFileName().toString()),
                noArchive, tmp);
        assertEquals(0, ok.exit(), ok.toString());
        assertArrayEquals(reference, ok.out());
        assertEquals("", ok.err());

        Result version = run(List.of(launcher.toString(), "--version"), noArchive, tmp);
        assertEquals(0, version.exit());
        assertTrue(version.text().startsWith("zhitu 0.1.0\n"), version.text());
        assertEquals(List.of(), archives(launcher.getParent()), "ZHITU_CDS=off makes no archive");
    }

    @Test
    void findsJavaThroughJavaHomeOrThePath() throws Exception {
        Path launcher = install(tmp.resolve("app"));
        Map<String, String> env = new HashMap<>();
        env.put("ZHITU_CDS", "off");
        env.put("JAVA_HOME", null);
        env.put("PATH", JAVA_HOME + "/bin:/usr/bin:/bin");
        Result path = run(List.of(launcher.toString(), "--version"), env, tmp);
        assertEquals(0, path.exit(), path.toString());
        assertTrue(path.text().startsWith("zhitu 0.1.0\n"));

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        env.put("PATH", empty.toString());
        Result none = run(List.of("/bin/sh", launcher.toString(), "--version"), env, tmp);
        assertEquals(1, none.exit());
        assertEquals("zhitu: java not found: set JAVA_HOME or put java (17 or later) on the PATH\n", none.err());

        env.put("PATH", "/usr/bin:/bin");
        env.put("JAVA_HOME", empty.toString());
        Result wrong = run(List.of(launcher.toString(), "--version"), env, tmp);
        assertEquals(1, wrong.exit());
        assertEquals("zhitu: JAVA_HOME (" + empty + ") has no bin/java\n", wrong.err());
    }

    @Test
    void theArchiveGoesWhereZhituCdsDirSays() throws Exception {
        Path launcher = install(tmp.resolve("app"));
        Path cache = tmp.resolve("cache/zhitu");
        Result r = run(extractSample(launcher), Map.of("ZHITU_CDS_DIR", cache.toString()), tmp);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(1, archives(cache).size(), archives(cache).toString());
        assertEquals(List.of(), archives(launcher.getParent()));
    }

    /** The client compiler for a short run only; the JVM's own flag table says which it got. */
    @Test
    void aShortRunGetsTheClientCompilerALongOneDoesNot() throws Exception {
        Path launcher = install(tmp.resolve("app"));
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(SAMPLE, corpus.resolve("a.txt"));
        Map<String, String> env = Map.of("ZHITU_CDS", "off", "ZHITU_JAVA_OPTS", "-XX:+PrintFlagsFinal");
        // --no-output with --no-store: a usage error, after the JVM has printed its flags
        Result one = run(List.of(launcher.toString(), "extract", "--no-output", "--no-store", "--store", corpus.toString(), corpus.resolve("a.txt").toString()), env, tmp);
        Result folder = run(List.of(launcher.toString(), "extract", "--no-output", "--no-store", corpus.toString()), env, tmp);
        Result serve = run(List.of(launcher.toString(), "serve", "--port=none"), env, tmp);
        Result help = run(List.of(launcher.toString(), "serve", "--help"), env, tmp);
        List<String> many = new ArrayList<>(List.of(launcher.toString(), "extract", "--no-output", "--no-store"));
        for (int i = 0; i < 33; i++) many.add(Files.writeString(corpus.resolve("n" + i + ".txt"), "Qwen3.").toString());
        Result files = run(many, env, tmp);
        assertEquals(2, files.exit(), files.toString());
        assertEquals("4", flag(files.text(), "TieredStopAtLevel"), "more than 32 files");
        assertEquals(2, one.exit(), one.toString());
        assertEquals(2, folder.exit(), folder.toString());
        assertEquals(2, serve.exit(), serve.toString());
        assertEquals(0, help.exit(), help.toString());
        assertEquals("1", flag(one.text(), "TieredStopAtLevel"));
        assertEquals("4", flag(folder.text(), "TieredStopAtLevel"));
        assertEquals("4", flag(serve.text(), "TieredStopAtLevel"));
        assertEquals("1", flag(help.text(), "TieredStopAtLevel"), "printing help is short, whatever the command");
    }

    static String flag(String table, String name) {
        return table.lines().map(String::trim).filter(l -> l.matches("\\S+\\s+" + name + "\\s+=.*"))
                .map(l -> l.replaceAll(".*=\\s*(\\S+).*", "$1")).findFirst().orElseThrow(() -> new AssertionError(name + " not in the flags"));
    }
}
