package io.zhitu;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The jar {@code mvn package} builds (run by failsafe after {@code package}), as README runs it: it holds no Spark
 * or Hadoop (the cluster brings them), {@code extract} runs from it, and {@code bench --spark} says in one line
 * that Spark is not there.
 */
class ZhituJarIT {
    private static final Path JAR = Path.of("target/zhitu.jar");

    record Proc(int exit, String out, String err) {}

    private static Proc java(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("zhitu-it", ".out"), err = Files.createTempFile("zhitu-it", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("timed out: " + cmd);
            }
            return new Proc(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void theJarHoldsNoSparkNorHadoopNorScala() throws IOException {
        List<String> foreign = new ArrayList<>();
        boolean job = false;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (JarEntry e : java.util.Collections.list(jar.entries())) {
                String n = e.getName();
                if (n.startsWith("org/apache/spark/") || n.startsWith("org/apache/hadoop/") || n.startsWith("scala/")) foreign.add(n);
                if (n.equals("io/zhitu/spark/ExtractJob.class")) job = true;
            }
        }
        assertTrue(job, "the Spark job's entry point is in the jar");
        assertEquals(List.of(), foreign.subList(0, Math.min(foreign.size(), 5)), foreign.size() + " entries of Spark, Hadoop or Scala");
    }

    @Test
    void extractRunsFromTheJar() throws Exception {
        Proc p = java("extract", "-q", "--no-store", "--provenance=none", "samples/netease-beyond-deepseek.zh-Hant.txt");
        assertEquals(0, p.exit(), p.err());
        assertEquals("", p.err());
        assertTrue(p.out().contains("<https://w3id.org/zhitu/id/doc/bfa379e9b78d564c>"), p.out());
    }

    @Test
    void benchSparkWithoutSparkIsOneLine() throws Exception {
        Proc p = java("bench", "--spark");
        assertEquals(1, p.exit(), p.err());
        assertEquals("zhitu: bench --spark needs Apache Spark on the classpath: run it through spark-submit (see README, \"Beyond one machine\")\n", p.err());
        assertEquals("", p.out());
    }
}
