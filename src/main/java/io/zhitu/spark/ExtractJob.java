package io.zhitu.spark;

import io.zhitu.core.ZhituException;
import io.zhitu.rdf.Provenance;
import io.zhitu.rdf.RdfFormat;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code spark-submit --class io.zhitu.spark.ExtractJob zhitu.jar --input PATH… --output DIR}: {@code zhitu extract}
 * for corpora one machine cannot read in time. Every executor builds the pipeline once and extracts the documents
 * of its tasks; each document's graph is written as {@code extract --output=nquads} writes it, byte for byte, as
 * one record of a part file (its own named graph), and the documents that give nothing are listed with their
 * reason in {@code DIR/_failed}. {@code zhitu load DIR} then bulk-loads the folder into a store.
 *
 * <p>Files go to parts by a hash of their path and are written in path order within each part, so the same
 * inputs with the same {@code --partitions} give the same bytes in every part.
 */
@Command(name = "spark-submit --class io.zhitu.spark.ExtractJob zhitu.jar", sortOptions = false,
        description = {"Extract the knowledge graph of a corpus of news articles (text or HTML) on a Spark cluster.",
                "Writes DIR/part-NNNNN files of N-Quads (one record per document: what",
                "'zhitu extract --output=nquads' writes for it), DIR/_SUCCESS, and DIR/_failed",
                "(the inputs that gave nothing, one line each). Load them with 'zhitu load DIR'."},
        footer = {"", "Exit codes: 0 ok, 1 some inputs failed (the others are written) or the job could not run, 2 usage."})
public final class ExtractJob implements Callable<Integer> {

    /** Inputs per part file, at most, when {@code --partitions} is not given (and the cores do not ask for more parts). */
    static final int FILES_PER_PART = 2000;

    /** Failures printed on stderr at most; {@code _failed} lists them all. */
    static final int FAILURES_SHOWN = 20;

    @Spec CommandSpec spec;

    @Option(names = "--input", arity = "1..*", required = true, paramLabel = "PATH",
            description = "Articles: files, folders (read recursively; names starting with _ or . are skipped) or globs, on any file system Spark reads (file:, hdfs://, s3a:// …).")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "A folder that does not exist yet.")
    String output;

    @Option(names = "--output-format", paramLabel = "FORMAT", defaultValue = "nquads",
            description = "nquads, the only one: one record per document, its graph named by the document.")
    RdfFormat format;

    @Option(names = "--provenance", paramLabel = "MODE", defaultValue = "reified",
            description = "How evidence rides along, as in extract: reified (default), rdf12, graph, none.")
    Provenance provenance;

    @Option(names = "--with-reference", description = "Add what the bundled reference data knows about the entities, in graph zti:graph/reference.")
    boolean withReference;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Force the input encoding (UTF-8, GB18030, Big5 …) instead of detecting it.")
    String encoding;

    @Option(names = "--partitions", paramLabel = "N", description = "Tasks, and part files (default: 4 per core of the application, or one per 2,000 input files if that is more).")
    Integer partitions;

    @Option(names = {"-q", "--quiet"}, description = "No summary on stderr; errors still show.")
    boolean quiet;

    @Option(names = "--stacktrace", description = "Show the stack trace of an error.")
    boolean stacktrace;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final SparkSession given;
    private final PrintStream err;

    private ExtractJob(SparkSession given, PrintStream err) {
        this.given = given;
        this.err = err;
    }

    /** The entry point of {@code spark-submit}: the session is the application's, stopped at the end. */
    public static void main(String[] args) {
        int code = run(null, System.out, System.err, args);
        if (code != 0) System.exit(code);
    }

    /**
     * Runs the job on a session (tests and {@code zhitu bench --spark} bring a local one, left running), or on
     * the application's own when {@code session} is null.
     *
     * @return the exit code
     */
    public static int run(SparkSession session, PrintStream out, PrintStream err, String... args) {
        ExtractJob job = new ExtractJob(session, err);
        CommandLine cl = new CommandLine(job);
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
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
        cl.setParameterExceptionHandler((ex, a) -> usage(ex));
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof ParameterException pe) return usage(pe);
            if (job.stacktrace) ex.printStackTrace(err);
            if (ex instanceof ZhituException z) {
                err.println("zhitu: " + z.getMessage());
                return z.exitCode();
            }
            err.println("zhitu: " + ZhituException.oneLine(String.valueOf(ex)) + (job.stacktrace ? "" : " (--stacktrace shows where)"));
            return ZhituException.FAILURE;
        });
        return cl.execute(args);
    }

    private static int usage(ParameterException ex) {
        CommandLine c = ex.getCommandLine();
        c.getErr().println("zhitu: " + ZhituException.oneLine(ex.getMessage()));
        c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
        return CommandLine.ExitCode.USAGE;
    }

    /**
     * A session in local mode with {@code threads} cores, on the loopback interface and without the web UI:
     * for the tests and for {@code zhitu bench --spark}, which run the job inside their own JVM.
     */
    public static SparkSession localSession(int threads) {
        return SparkSession.builder()
                .master("local[" + threads + "]")
                .appName("zhitu extract (local)")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .getOrCreate();
    }

    @Override
    public Integer call() throws IOException {
        if (format != RdfFormat.NQUADS) {
            throw new ParameterException(spec.commandLine(), "--output-format=" + format.id + ": the job writes nquads only (one document's graph per record)");
        }
        if (partitions != null && partitions < 1) throw new ParameterException(spec.commandLine(), "--partitions must be at least 1");
        if (encoding != null && !Charset.isSupported(encoding)) throw new ParameterException(spec.commandLine(), "unknown encoding '" + encoding + "'");
        long t0 = System.nanoTime();
        SparkSession spark = given != null ? given : SparkSession.builder().appName("zhitu extract").getOrCreate();
        try {
            return extract(spark, t0);
        } finally {
            if (given == null) spark.stop();
        }
    }

    private int extract(SparkSession spark, long t0) throws IOException {
        SparkContext sc = spark.sparkContext();
        Configuration conf = sc.hadoopConfiguration();
        Path out = new Path(output);
        FileSystem outFs = out.getFileSystem(conf);
        if (outFs.exists(out)) throw new ZhituException(output + ": already exists (the job writes a new folder)");

        // an input that names nothing is reported like a file extract cannot find; the others go on
        List<String> failed = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (String in : inputs) {
            Path p = new Path(in);
            FileStatus[] matches = p.getFileSystem(conf).globStatus(p);
            if (matches == null || matches.length == 0) failed.add(ZhituException.oneLine(in + ": no such file"));
            else found.add(in);
        }
        if (found.isEmpty()) {
            for (String f : failed) err.println("zhitu: " + f);
            if (inputs.size() > 1) err.println("zhitu: no document could be read; nothing written");
            return ZhituException.FAILURE;
        }

        LongAccumulator documents = sc.longAccumulator("zhitu documents");
        LongAccumulator statements = sc.longAccumulator("zhitu statements");
        LongAccumulator characters = sc.longAccumulator("zhitu characters");
        CollectionAccumulator<String> failures = sc.collectionAccumulator("zhitu failures");
        Dataset<Row> listed = spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .load(found.toArray(String[]::new));
        // enough tasks to keep every core busy to the end, and parts of at most some thousand documents
        int parts = partitions != null ? partitions
                : Math.max(sc.defaultParallelism() * 4, (listed.inputFiles().length + FILES_PER_PART - 1) / FILES_PER_PART);
        Dataset<Row> files = listed.select("path", "content")
                // a part's documents depend on their paths only, and come in path order: same inputs, same bytes
                .repartition(parts, functions.col("path"))
                .sortWithinPartitions("path");
        files.javaRDD()
                .mapPartitions(new ExtractPartition(provenance, withReference, encoding, stacktrace, documents, statements, characters, failures))
                .saveAsTextFile(output);

        failed.addAll(failures.value());
        Collections.sort(failed);
        writeFailed(outFs, out, failed);

        long docs = documents.value();
        for (String f : failed.subList(0, Math.min(failed.size(), FAILURES_SHOWN))) err.println("zhitu: " + f);
        if (failed.size() > FAILURES_SHOWN) err.println("zhitu: … and " + (failed.size() - FAILURES_SHOWN) + " more in " + new Path(out, "_failed"));
        if (docs == 0) {
            err.println(failed.isEmpty() ? "zhitu: the inputs hold no file to read" : "zhitu: no document could be read (" + new Path(out, "_failed") + " lists why)");
            return ZhituException.FAILURE;
        }
        if (!quiet) {
            err.printf(Locale.ROOT, "zhitu: %d document%s, %d statements, %d failed, %.1f s (output: %s, %d part file%s)%n",
                    docs, docs == 1 ? "" : "s", statements.value(), failed.size(), (System.nanoTime() - t0) / 1e9,
                    output, parts, parts == 1 ? "" : "s");
        }
        return failed.isEmpty() ? 0 : ZhituException.FAILURE;
    }

    /** {@code DIR/_failed}: one line per input that gave nothing, "PATH: reason", sorted; empty when none failed. */
    private static void writeFailed(FileSystem fs, Path out, List<String> failed) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String f : failed) b.append(f).append('\n');
        Path temp = new Path(out, "._failed.tmp");
        try (FSDataOutputStream o = fs.create(temp, true)) {
            o.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }
        Path target = new Path(out, "_failed");
        if (!fs.rename(temp, target)) throw new ZhituException(target + ": cannot write");
    }
}
