package io.zhitu.recognize;

import io.zhitu.bench.CorpusGenerator;
import io.zhitu.bench.GeneratedDoc;
import io.zhitu.clean.BoilerplateFilter;
import io.zhitu.load.ArticleLoader;
import io.zhitu.load.Sources;
import io.zhitu.normalize.NormalizedText;
import io.zhitu.normalize.Normalizer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gate before HanLP's segmentation turns away only sentences in which the pass would have kept nothing: on
 * the shipped articles, a generated corpus and sentences made for each kind of confirmation, recognition finds the
 * same mentions and entities with the gate as with every sentence segmented.
 */
class HanlpGateTest {

    private static final List<String> CUES = List.of(
            "百度创始人兼首席执行官李彦宏今年宣布了计划。",
            "OpenAI首席执行官为萨姆·奥尔特曼。",
            "技术负责人为林俊旸。",
            "张一鸣表示,字节跳动将加大投入。",
            "周畅此前在阿里巴巴担任技术负责人。",
            "王小川,百川智能创始人。",
            "（作者：赵文，某某科技网记者）",
            "斯坦福大学的曼宁教授表示，模型很好。",
            "中国科学技术信息研究所发布了报告。",
            "北京智源人工智能研究院与清华大学知识工程实验室合作。",
            "杨植麟在接受采访时说，Kimi K2已经开源。",
            "马克·扎克伯格指出,Meta将继续开源。",
            "据报道,该公司计划上市。",
            "火山引擎总裁谭待向记者透露,毛利可观。",
            "该公司创始人王小明对媒体坦言,明年将上市。");

    @Test
    void recognitionIsTheSameWithAndWithoutTheGate() throws Exception {
        List<NormalizedText> texts = new ArrayList<>();
        ArticleLoader loader = new ArticleLoader();
        BoilerplateFilter cleaner = new BoilerplateFilter();
        Normalizer normalizer = new Normalizer();
        List<byte[]> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path p : s.sorted().toList()) inputs.add(Files.readAllBytes(p));
        }
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/bench"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) inputs.add(Files.readAllBytes(p));
        }
        CorpusGenerator.standard().generate(60, 7).map(GeneratedDoc::utf8).forEach(inputs::add);
        inputs.add(String.join("\n\n", CUES).getBytes(StandardCharsets.UTF_8));
        for (byte[] in : inputs) texts.add(normalizer.normalize(cleaner.clean(loader.load(Sources.fromBytes("t.txt", in, null, null)))));

        Recognizer recognizer = RecognizerTest.RECOGNIZER;
        List<String> gated = new ArrayList<>(), full = new ArrayList<>();
        try {
            for (NormalizedText t : texts) gated.add(describe(recognizer.recognize(t)));
            HanlpGate.bypass = true;
            for (NormalizedText t : texts) full.add(describe(recognizer.recognize(t)));
        } finally {
            HanlpGate.bypass = false;
        }
        assertEquals(full, gated);
        assertTrue(full.stream().filter(d -> d.contains("hanlp")).count() >= 3, "the texts give the pass names to keep: " + full);
    }

    private static String describe(Recognition r) {
        StringBuilder b = new StringBuilder();
        for (Found f : r.found()) b.append(f).append('\n');
        r.entities().forEach((id, e) -> b.append(id).append(' ').append(e).append('\n'));
        return b.toString();
    }
}
