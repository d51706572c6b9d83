package io.zhitu.cli;

import io.zhitu.core.Source;
import io.zhitu.load.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code zhitu explain}: how one article was read, sentence by sentence, for whoever edits {@code ontology/}. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show why one article gave the statements it gave (or did not), sentence by sentence.",
                "For each body sentence: its offsets, the mentions found in it and which pass found them, the statements made "
                        + "from it and by which rule, and the rules whose slots were all present but that did not match. "
                        + "Plain text on stdout; nothing is written to the store."})
public final class ExplainCommand implements Callable<Integer> {

    @ParentCommand ZhituCommand root;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1", description = "One article (text or HTML), or - for stdin.")
    String input;

    @Option(names = "--url", paramLabel = "URL", description = "The page's URL: becomes the document IRI.")
    String url;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Force the input encoding (UTF-8, GB18030, Big5 …) instead of detecting it.")
    String encoding;

    @Override
    public Integer call() {
        Env env = root.env;
        if (url != null) ExtractCommand.checkUrl(spec, url);
        if (encoding != null && !java.nio.charset.Charset.isSupported(encoding)) {
            throw new ParameterException(spec.commandLine(), "unknown encoding '" + encoding + "'");
        }
        if (!input.equals(Sources.STDIN) && Files.isDirectory(Path.of(input))) {
            throw new ParameterException(spec.commandLine(), "explain reads one article: " + input + " is a folder");
        }
        Source source = input.equals(Sources.STDIN)
                ? Sources.fromStdin(env.in, url, encoding)
                : Sources.fromPath(Path.of(input), url, encoding);
        byte[] text = env.pipeline().explain(source).text().getBytes(StandardCharsets.UTF_8);
        env.out.write(text, 0, text.length);
        env.out.flush();
        return 0;
    }
}
