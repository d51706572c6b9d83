package io.zhitu.spark;

import io.zhitu.core.ZhituException;
import org.apache.spark.sql.SparkSession;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Spark side of {@code zhitu bench --spark}: the job in local mode inside the bench's JVM, so that it is
 * timed like {@code extract} is, warm and without the start of a JVM. Its methods take and give plain Java
 * types only: the bench command must load without Spark on the classpath, to say so in one line.
 */
public final class SparkBench implements AutoCloseable {
    private final SparkSession spark;

    private SparkBench(SparkSession spark) {
        this.spark = spark;
    }

    /** A local session with {@code threads} cores. */
    public static SparkBench start(int threads) {
        return new SparkBench(ExtractJob.localSession(threads));
    }

    /**
     * Seconds for the job over the inputs, written to {@code out} (a folder that must not exist).
     *
     * @throws ZhituException if the job does not succeed, with its first error line
     */
    public double extract(List<String> inputs, Path out) {
        List<String> args = new ArrayList<>(List.of("-q", "--output", out.toString(), "--input"));
        args.addAll(inputs);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        int exit = ExtractJob.run(spark, new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                args.toArray(String[]::new));
        double s = (System.nanoTime() - t0) / 1e9;
        if (exit != 0) {
            String first = err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
            throw new ZhituException("bench: the Spark job failed (exit " + exit + ")" + (first.isEmpty() ? "" : ": " + first));
        }
        return s;
    }

    @Override
    public void close() {
        spark.stop();
    }
}
