package io.zhitu.cli;

import io.zhitu.load.Inputs;
import io.zhitu.load.Sources;
import io.zhitu.pipeline.DocumentRun;
import io.zhitu.pipeline.Pipeline;
import io.zhitu.core.ZhituException;
import io.zhitu.rdf.GraphBuilder;
import io.zhitu.rdf.Provenance;
import io.zhitu.rdf.RdfSink;
import io.zhitu.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** {@code zhitu extract}: articles in, the contract graph out (a file or stdout) and into the store. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extract the knowledge graph of news articles (text or HTML; Traditional or Simplified Chinese, or English).",
                "Writes RDF to stdout or -o FILE and loads it into the store, one named graph per document."})
public final class ExtractCommand implements Callable<Integer> {

    @ParentCommand ZhituCommand root;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Articles: files, folders (recursively), globs ('news/**.html'), @list.txt files, or - for stdin.")
    List<String> inputs;




    @Option(names = "--url", paramLabel = "URL", description = "The page's URL: becomes the document IRI (one input only).")
    String url;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Force the input encoding (UTF-8, GB18030, Big5 …) instead of detecting it.")
    String encoding;


    @Option(names = "--no-output", description = "Write no RDF, only load the store (for large corpora).")
    boolean noOutput;

    @Mixin GraphOutputOptions output;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--no-store", description = "Write files only; leave the store alone.")
    boolean noStore;

    @Option(names = "--threads", paramLabel = "N", description = "Documents processed in parallel (default: the number of cores).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary on stderr; errors still show.")
    boolean quiet;

    @Override
    public Integer call() {
        Env env = root.env;
        // Jena's start-up (about half a second of class loading) runs beside the pipeline's; nothing else
        // may touch Jena until it is done
        Thread jena = new Thread(org.apache.jena.sys.JenaSystem::init, "zhitu-jena-init");
        jena.setDaemon(true);
        jena.start();

        output.check(spec);
        if (url != null) checkUrl(spec, url);
        if (encoding != null && !java.nio.charset.Charset.isSupported(encoding)) {
            throw new ParameterException(spec.commandLine(), "unknown encoding '" + encoding + "'");
        }
        if (noOutput && noStore) throw new ParameterException(spec.commandLine(), "--no-output with --no-store leaves nothing to do");
        if (noOutput && output.out != null) throw new ParameterException(spec.commandLine(), "--no-output and -o contradict each other");
        List<String> files = Inputs.expand(inputs);
        if (url != null && files.size() != 1) {
            throw new ParameterException(spec.commandLine(), "--url names one document, but " + files.size() + " inputs were given");
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1");

        Pipeline pipeline = env.pipeline();
        // Jena must finish starting before any thread touches it: its classes initialise one another,
        // and two threads doing so at once deadlock
        try {
            jena.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZhituException("interrupted");
        }
        GraphBuilder fileBuilder = noOutput ? null : new GraphBuilder(output.provenance, output.withReference);
        GraphBuilder storeBuilder = output.provenance == Provenance.REIFIED && fileBuilder != null ? fileBuilder : new GraphBuilder(Provenance.REIFIED, output.withReference);

        Progress progress = new Progress(env.err, quiet, System.console() != null && env.err == System.err, files.size());
        int failed = 0, done = 0;
        long statements = 0, chars = 0;
        java.util.Set<String> entities = new java.util.HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "zhitu-extract");
            t.setDaemon(true);
            return t;
        });
        try (RdfSink sink = noOutput ? null : new RdfSink(output.format, output.out, env.out);
             GraphStore store = noStore ? null : GraphStore.open(storeOptions.store, true);
             GraphStore.Load load = store == null ? null : store.begin()) {
            DocumentRun documents = new DocumentRun(pipeline, fileBuilder, load == null ? null : storeBuilder);
            ArrayDeque<Future<DocumentRun.Outcome>> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < n * 4) {
                    String name = files.get(next++);
                    window.add(pool.submit(() -> run(env, documents, name)));
                }
                DocumentRun.Outcome r = take(window.poll());
                done++;
                if (r.failed()) {
                    failed++;
                    env.err.println("zhitu: " + Cli.oneLine(r.error()));
                } else {
                    if (sink != null) sink.add(r.file());
                    if (load != null) load.put(r.store());
                    statements += r.extraction().statements().size();
                    r.extraction().entities().forEach(e -> entities.add(e.id()));
                    chars += r.extraction().text().length();
                }
                progress.update(done, chars);
            }
            if (failed == files.size()) {
                progress.finish();
                if (files.size() > 1) env.err.println("zhitu: no document could be read; nothing written");
                return ZhituException.FAILURE;
            }
            if (sink != null) sink.commit();
            if (load != null) load.commit();
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        if (!quiet) {
            env.err.printf(Locale.ROOT, "zhitu: %d document%s, %d statements, %d entities, %d failed, %.1f s%s%n",
                    done - failed, done - failed == 1 ? "" : "s", statements, entities.size(), failed, progress.seconds(),
                    noStore ? "" : " (store: " + storeOptions.store + ")");
        }
        return failed > 0 ? ZhituException.FAILURE : 0;
    }

    private DocumentRun.Outcome run(Env env, DocumentRun documents, String name) {
        return documents.run(name, () -> name.equals(Sources.STDIN)
                        ? Sources.fromStdin(env.in, url, encoding)
                        : Sources.fromPath(Paths.get(name), url, encoding),
                e -> {
                    if (root.stacktrace) e.printStackTrace(env.err);
                });
    }

    private static DocumentRun.Outcome take(Future<DocumentRun.Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZhituException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A --url must be an absolute IRI: it names the document (explain checks it the same way). */
    static void checkUrl(CommandSpec spec, String u) {
        try {
            URI uri = new URI(u.strip());
            if (!uri.isAbsolute() || uri.getScheme() == null) throw new URISyntaxException(u, "not absolute");
        } catch (URISyntaxException e) {
            throw new ParameterException(spec.commandLine(), "--url '" + u + "' is not an absolute IRI (e.g. https://example.org/news/1)");
        }
    }
}
