package io.zhitu.cli;

import io.zhitu.bench.CorpusGenerator;
import io.zhitu.core.ZhituException;
import io.zhitu.recognize.RawSegmentation;
import io.zhitu.spark.SparkBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code zhitu bench}: throughput and cold start, each against HanLP's own cost measured in the same run
 * on the same texts. The corpus is generated deterministically from the shipped articles.
 * Its last line is one JSON object.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure extraction against raw HanLP NER segmentation on a generated corpus, and the cold start",
                "of 'zhitu extract' against a JVM that only loads HanLP. The last line printed is one JSON object."})
public final class BenchCommand implements Callable<Integer> {
    @ParentCommand ZhituCommand root;
    @Spec CommandSpec spec;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "400", description = "Documents in the corpus (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for every measured stage (default: the cores).")
    Integer threads;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the corpus generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Runs of each measurement; the median is reported (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--no-cold", description = "Skip the cold-start measurement.")
    boolean noCold;

    @Option(names = "--spark", description = "Measure the Spark job in local mode (local[threads]) against extract instead; needs Spark on the classpath (spark-submit).")
    boolean spark;

    @Option(names = "--keep", paramLabel = "DIR", description = "Work in this folder and keep the corpus, the N-Quads and the store.")
    Path keep;

    @Option(names = "--scale", paramLabel = "N", arity = "0..1", fallbackValue = "10000",
            description = {"Also load N generated documents (10,000 when N is not given) into a store, in a child JVM with -Xmx512m,",
                    "and report its peak anonymous memory (RssAnon of /proc/PID/status: the store's mapped files excluded)."})
    Integer scale;

    private PrintStream out;

    @Override
    public Integer call() throws Exception {
        if (docs < 1) throw new ParameterException(spec.commandLine(), "--docs must be at least 1");
        if (rounds < 1) throw new ParameterException(spec.commandLine(), "--rounds must be at least 1");
        if (scale != null && scale < 1) throw new ParameterException(spec.commandLine(), "--scale must be at least 1");
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        if (spark) requireSpark();
        out = root.env.out;
        Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("zhitu-bench");
        try {
            Path corpus = work.resolve("corpus");
            deleteTree(corpus);
            CorpusGenerator generator = CorpusGenerator.standard();
            generator.writeTo(corpus, docs, seed);
            List<String> texts = new ArrayList<>();
            try (Stream<Path> s = Files.list(corpus)) {
                for (Path p : s.sorted().toList()) texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            long chars = texts.stream().mapToLong(String::length).sum();
            say("corpus: %d documents, %d chars (seed %d), %d threads", docs, chars, seed, n);

            root.env.pipeline(); // built once, outside every measurement
            if (spark) return spark(work, corpus, chars, n);
            RawSegmentation raw = new RawSegmentation();
            // warm-up: the JIT sees every path before anything is timed
            List<String> head = texts.subList(0, Math.min(texts.size(), 40));
            hanlp(raw, head, n);
            extract(work, corpus, n, false, true);

            double hanlp = median(() -> hanlp(raw, texts, n));
            say("hanlp NER segmentation:  %.2f s  %,.0f chars/s", hanlp, chars / hanlp);
            double file = median(() -> extract(work, corpus, n, false, false));
            say("extract to N-Quads file: %.2f s  %,.0f chars/s", file, chars / file);
            double store = median(() -> extract(work, corpus, n, true, false));
            say("extract into TDB2:       %.2f s  %,.0f chars/s", store, chars / store);

            Cold cold = noCold ? new Cold() : cold(work);
            Scale big = scale == null ? new Scale() : scale(work, generator, n);
            out.printf(Locale.ROOT, "{\"hanlp_chars_per_s\": %.0f, \"extract_file_chars_per_s\": %.0f, \"extract_store_chars_per_s\": %.0f, "
                            + "\"ratio_file\": %.3f, \"ratio_store\": %.3f, \"cold_start_s\": %s, \"cold_baseline_s\": %s, \"cold_ratio\": %s, "
                            + "\"cold_start_cds_s\": %s, \"cold_ratio_cds\": %s, "
                            + "\"launcher_first_s\": %s, \"launcher_cold_s\": %s, \"launcher_cold_ratio\": %s, "
                            + "\"scale_docs\": %s, \"scale_s\": %s, \"rss_anon_mb\": %s, \"rss_peak_mb\": %s, \"heap_peak_mb\": %s, \"heap_within_xmx\": %s, "
                            + "\"docs\": %d, \"threads\": %d}%n",
                    chars / hanlp, chars / file, chars / store, hanlp / file, hanlp / store,
                    json(cold.ours), json(cold.base), json(cold.ours / cold.base), json(cold.cds), json(cold.cds / cold.base),
                    json(cold.launcherFirst), json(cold.launcher), json(cold.launcher / cold.base),
                    scale == null ? "null" : scale.toString(), json(big.seconds), json(big.anonMb), json(big.peakMb), json(big.heapMb),
                    big.within == null ? "null" : big.within.toString(), docs, n);
            out.flush();
            return 0;
        } finally {
            if (keep == null) deleteTree(work);
        }
    }

    /**
     * The Spark job in local mode against {@code extract --threads=n} to an N-Quads file, on the same corpus in
     * the same JVM, both warm: the throughput of the cluster path where it runs on one machine.
     */
    private int spark(Path work, Path corpus, long chars, int n) throws Exception {
        try (SparkBench job = SparkBench.start(n)) {
            // warm-up on the whole corpus: the executor builds its pipeline, and the JIT sees all of both paths
            double[] files = new double[rounds], locals = new double[rounds];
            for (int i = -1; i < rounds; i++) {
                // the order alternates, so that neither pays for the other's garbage more often
                Path dir = work.resolve("spark-" + (i + 1));
                deleteTree(dir);
                try {
                    double f, l;
                    if ((i & 1) == 0) {
                        f = extract(work, corpus, n, false, false);
                        l = job.extract(List.of(corpus.toString()), dir);
                    } else {
                        l = job.extract(List.of(corpus.toString()), dir);
                        f = extract(work, corpus, n, false, false);
                    }
                    if (i >= 0) {
                        files[i] = f;
                        locals[i] = l;
                    }
                } finally {
                    deleteTree(dir);
                }
            }
            double file = median(files), local = median(locals);
            say("extract to N-Quads file:      %.2f s  %,.0f chars/s", file, chars / file);
            say("Spark local[%d] to part files: %.2f s  %,.0f chars/s (%.2f of extract)", n, local, chars / local, file / local);
            out.printf(Locale.ROOT, "{\"extract_file_chars_per_s\": %.0f, \"spark_local_chars_per_s\": %.0f, \"ratio_spark\": %.3f, \"docs\": %d, \"threads\": %d}%n",
                    chars / file, chars / local, file / local, docs, n);
            out.flush();
            return 0;
        }
    }

    /**
     * Spark is not in zhitu.jar: the cluster (spark-submit) brings it. Checked by name, before any class of ours
     * that needs it is loaded, so that its absence is one line and not a stack trace.
     */
    private static void requireSpark() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, BenchCommand.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ZhituException("bench --spark needs Apache Spark on the classpath: run it through spark-submit (see README, \"Beyond one machine\")");
        }
    }

    /** Cold starts in seconds (NaN: not measured). */
    private static final class Cold {
        double ours = Double.NaN, base = Double.NaN, cds = Double.NaN, launcher = Double.NaN, launcherFirst = Double.NaN;
    }

    /**
     * The cold start of {@code zhitu extract} on the sample against a JVM that only loads HanLP and segments one
     * sentence; with an AppCDS archive; and through the launcher beside the jar, as users start it. Each is run once
     * before timing (the page cache then holds the jar for all; the launcher's first run makes its archive, and is
     * reported), then the rounds run them in turn, so that the load of the machine weighs on each alike.
     */
    private Cold cold(Path work) throws Exception {
        Cold c = new Cold();
        Path sample = work.resolve("sample.txt");
        try (InputStream in = getClass().getResourceAsStream("/bench/netease-beyond-deepseek.zh-Hant.txt")) {
            if (in == null) throw new ZhituException("the sample article is missing from the jar (bench/)");
            Files.write(sample, in.readAllBytes());
        }
        List<String> extract = List.of("extract", "-q", "--no-store", "-o", work.resolve("sample.ttl").toString(), sample.toString());
        List<String> java = javaCommand();
        List<String> ours = new ArrayList<>(java);
        ours.add(io.zhitu.Main.class.getName());
        ours.addAll(extract);
        List<String> base = new ArrayList<>(java);
        base.add(RawSegmentation.class.getName());
        // the same start with an application class-data archive (AppCDS) made by one training run
        Path archive = work.resolve("zhitu.jsa");
        List<String> train = new ArrayList<>(ours);
        train.add(1, "-XX:ArchiveClassesAtExit=" + archive);
        train.add(1, "-Xlog:cds*=off");
        List<String> shared = new ArrayList<>(ours);
        shared.add(1, "-XX:SharedArchiveFile=" + archive);
        // the launcher, with an archive folder of its own: its first run makes the archive
        Path launcher = launcher();
        List<String> launched = new ArrayList<>();
        if (launcher != null) {
            launched.add(launcher.toString());
            launched.addAll(extract);
        }
        Map<String, String> launcherEnv = Map.of("ZHITU_CDS_DIR", work.resolve("cds").toString(), "JAVA_HOME", System.getProperty("java.home"));

        run(ours, Map.of());
        run(base, Map.of());
        run(train, Map.of());
        run(shared, Map.of());
        if (launcher != null) c.launcherFirst = run(launched, launcherEnv);
        double[][] xs = new double[4][rounds];
        for (int i = 0; i < rounds; i++) {
            xs[0][i] = run(base, Map.of());
            xs[1][i] = run(ours, Map.of());
            xs[2][i] = run(shared, Map.of());
            xs[3][i] = launcher == null ? Double.NaN : run(launched, launcherEnv);
        }
        c.base = median(xs[0]);
        c.ours = median(xs[1]);
        c.cds = median(xs[2]);
        c.launcher = median(xs[3]);
        say("cold start, zhitu extract on the sample: %.2f s; JVM loading HanLP and segmenting one sentence: %.2f s", c.ours, c.base);
        say("cold start with class-data sharing (-XX:SharedArchiveFile): %.2f s", c.cds);
        if (launcher != null) {
            Path cwd = Path.of("").toAbsolutePath();
            Path shown = launcher.startsWith(cwd) ? cwd.relativize(launcher) : launcher;
            say("cold start through the launcher (%s): %.2f s; its first run, which makes its class-data archive: %.2f s", shown, c.launcher, c.launcherFirst);
        } else {
            say("cold start through the launcher: not measured, no launcher beside the jar (mvn package makes target/zhitu)");
        }
        return c;
    }

    /** The launcher {@code zhitu} beside the jar this runs from, or null (run from classes, or not built). */
    private static Path launcher() {
        Path self = codeSource();
        if (self == null || !Files.isRegularFile(self) || !self.getFileName().toString().equals("zhitu.jar")) return null;
        Path l = self.resolveSibling("zhitu");
        return Files.isRegularFile(l) && Files.isExecutable(l) ? l : null;
    }

    /** What the store run at scale measured (NaN and null: not measured). */
    private static final class Scale {
        double seconds = Double.NaN, anonMb = Double.NaN, peakMb = Double.NaN, heapMb = Double.NaN;
        Boolean within;
    }

    static final String SCALE_HEAP = "-Xmx512m";

    /**
     * {@code extract} of {@code scale} generated documents into a new store, in a child JVM whose heap may not pass
     * {@value #SCALE_HEAP}. Its /proc/PID/status is read every 20 ms: the peak of RssAnon is the memory the process
     * itself holds, without the store's memory-mapped files (RssFile), which the kernel may drop at will; VmHWM, the peak
     * of all its RSS, is reported beside it. The heap's peak is read off the collector's log (the occupancy before each
     * collection), and it stayed within the limit if the run ended well without an OutOfMemoryError.
     */
    private Scale scale(Path work, CorpusGenerator generator, int threads) throws Exception {
        Path corpus = work.resolve("scale-corpus");
        Path store = work.resolve("scale-store");
        Path gcLog = work.resolve("scale-gc.log");
        Path errLog = work.resolve("scale-stderr.txt");
        deleteTree(corpus);
        deleteTree(store);
        generator.writeTo(corpus, scale, seed + 1);
        long chars = 0;
        try (Stream<Path> s = Files.list(corpus)) {
            for (Path p : s.toList()) chars += Files.readString(p, StandardCharsets.UTF_8).length();
        }
        List<String> command = javaCommand();
        command.addAll(1, List.of(SCALE_HEAP, "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gcLog));
        command.addAll(List.of(io.zhitu.Main.class.getName(), "extract", "-q", "--no-output", "--store=" + store, "--threads=" + threads, corpus.toString()));
        Scale r = new Scale();
        long anonKb = -1, hwmKb = -1;
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errLog.toFile()).start();
        Path status = Path.of("/proc/" + p.pid() + "/status");
        while (!p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            List<String> lines;
            try {
                lines = Files.readAllLines(status);
            } catch (IOException e) {
                continue; // not Linux, or the process has just ended
            }
            for (String l : lines) {
                if (l.startsWith("RssAnon:")) anonKb = Math.max(anonKb, kb(l));
                else if (l.startsWith("VmHWM:")) hwmKb = Math.max(hwmKb, kb(l));
            }
        }
        r.seconds = (System.nanoTime() - t0) / 1e9;
        int exit = p.exitValue();
        String err = Files.readString(errLog, StandardCharsets.UTF_8);
        r.within = exit == 0 && !err.contains("OutOfMemoryError");
        if (anonKb >= 0) r.anonMb = anonKb / 1024.0;
        if (hwmKb >= 0) r.peakMb = hwmKb / 1024.0;
        r.heapMb = heapPeakMb(Files.exists(gcLog) ? Files.readString(gcLog, StandardCharsets.UTF_8) : "");
        say("scale: %d documents (%,d chars) into a new TDB2 store, child JVM with %s: %.1f s, exit %d", scale, chars, SCALE_HEAP, r.seconds, exit);
        say("scale: peak anonymous RSS %.0f MB (all RSS, with the store's mapped files: %.0f MB); heap at most %.0f MB before a collection; within %s: %s",
                r.anonMb, r.peakMb, r.heapMb, SCALE_HEAP, r.within ? "yes" : "no");
        if (!r.within && !err.isBlank()) say("scale: the child's stderr ends: %s", Cli.oneLine(err.substring(Math.max(0, err.length() - 400))));
        return r;
    }

    /** The number of a /proc status line ("RssAnon:   123456 kB"). */
    static long kb(String line) {
        String digits = line.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }

    private static final java.util.regex.Pattern GC_PAUSE = java.util.regex.Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /** The largest heap occupancy before a collection in a {@code -Xlog:gc} log, in MB (NaN: no collection). */
    static double heapPeakMb(String gcLog) {
        java.util.regex.Matcher m = GC_PAUSE.matcher(gcLog);
        double peak = Double.NaN;
        while (m.find()) {
            double before = Double.parseDouble(m.group(1));
            if (Double.isNaN(peak) || before > peak) peak = before;
        }
        return peak;
    }

    private interface Timed { double run() throws Exception; }

    private double median(Timed t) throws Exception {
        double[] xs = new double[rounds];
        for (int i = 0; i < rounds; i++) xs[i] = t.run();
        return median(xs);
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** Seconds to segment every text with HanLP on {@code n} threads. */
    private static double hanlp(RawSegmentation raw, List<String> texts, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            long t0 = System.nanoTime();
            List<Future<Integer>> fs = new ArrayList<>();
            for (String t : texts) fs.add(pool.submit(() -> raw.segment(t)));
            long terms = 0;
            for (Future<Integer> f : fs) terms += f.get();
            if (terms < 0) throw new IllegalStateException();
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Seconds for {@code zhitu extract} over the corpus, in this JVM with the shared pipeline. */
    private double extract(Path work, Path corpus, int n, boolean store, boolean warmUp) throws IOException {
        Path storeDir = work.resolve("store");
        deleteTree(storeDir);
        List<String> args = new ArrayList<>(List.of("extract", "-q", "--threads=" + n));
        if (store) args.addAll(List.of("--no-output", "--store=" + storeDir));
        else args.addAll(List.of("--no-store", "--output=nquads", "-o", work.resolve("corpus.nq").toString()));
        if (warmUp) {
            try (Stream<Path> s = Files.list(corpus)) {
                s.sorted().limit(40).forEach(p -> args.add(p.toString()));
            }
        } else {
            args.add(corpus.toString());
        }
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        long t0 = System.nanoTime();
        int exit = Cli.commandLine(new ByteArrayInputStream(new byte[0]), sink, root.env.err, root.env::pipeline)
                .execute(args.toArray(String[]::new));
        double s = (System.nanoTime() - t0) / 1e9;
        if (exit != 0) throw new ZhituException("bench: extract failed (exit " + exit + ")");
        return s;
    }

    /** The java command that runs a main class of this build: the jar we run from, or the classpath. */
    private static List<String> javaCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path self = codeSource();
        String cp = self != null && Files.isRegularFile(self) ? self.toString() : System.getProperty("java.class.path");
        return new ArrayList<>(List.of(java, "-cp", cp));
    }

    /** The jar (or the classes folder) this class was loaded from. */
    private static Path codeSource() {
        try {
            return Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** Seconds a child process runs; it must succeed. */
    private static double run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        int exit = p.waitFor();
        double s = (System.nanoTime() - t0) / 1e9;
        if (exit != 0) {
            int from = command.indexOf(io.zhitu.Main.class.getName()) + 1;
            throw new ZhituException("bench: " + String.join(" ", command.subList(Math.max(from, 0), command.size())) + " failed (exit " + exit + ")");
        }
        return s;
    }

    private void say(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }

    private static String json(double d) {
        return Double.isNaN(d) ? "null" : String.format(Locale.ROOT, "%.3f", d);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
