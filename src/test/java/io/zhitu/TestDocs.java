package io.zhitu;

import io.zhitu.core.Article;
import io.zhitu.core.Block;
import io.zhitu.core.BlockKind;
import io.zhitu.core.LoadedDocument;
import io.zhitu.core.Source;
import io.zhitu.core.Span;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small inline fixtures: an article whose every line is a body block, the first one the headline. */
public final class TestDocs {
    private TestDocs() {}

    private static io.zhitu.pipeline.Pipeline pipeline;

    /** The standard pipeline, built once for all the tests of a run (it takes about a second). */
    public static synchronized io.zhitu.pipeline.Pipeline pipeline() {
        if (pipeline == null) pipeline = io.zhitu.pipeline.Pipeline.standard();
        return pipeline;
    }

    /** The sample article of the project. */
    public static final java.nio.file.Path SAMPLE = java.nio.file.Path.of("samples/netease-beyond-deepseek.zh-Hant.txt");

    public static Article article(String text) {
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) blocks.add(new Block(new Span(start, start + line.length()), BlockKind.PARAGRAPH, 0));
            start += line.length() + 1;
        }
        LoadedDocument d = new LoadedDocument(new Source("test.txt", text.getBytes(StandardCharsets.UTF_8), null, null),
                text, false, blocks, null, null, null);
        return new Article(d, null, null, null, blocks);
    }
}
