package io.zhitu.pipeline;

import io.zhitu.core.*;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** The whole pipeline on the sample article: what it finds, and that every offset points at what it claims. */
class PipelineTest {
    static Pipeline pipeline;
    static Extraction sample;

    @BeforeAll
    static void run() throws IOException {
        pipeline = Pipeline.standard();
        Path p = Path.of("samples/netease-beyond-deepseek.zh-Hant.txt");
        sample = pipeline.extract(new Source(p.toString(), Files.readAllBytes(p), null, null));
    }

    static Set<String> statements(Extraction x) {
        return x.statements().stream().map(s -> {
            String o = s.object() instanceof Value.EntityRef e ? e.id() : ((Value.Literal) s.object()).lexical();
            return s.subject() + " " + s.property().replaceAll(".*[#/]", "") + " " + o;
        }).collect(Collectors.toSet());
    }

    @Test
    void sampleIsTraditionalWithAHeadlineAndNoBoilerplate() {
        assertEquals("zh-Hant", sample.lang());
        assertEquals("美國頂尖智庫如何看待中國開源大模型的崛起", sample.article().headline().cut(sample.text()));
        String mentioned = sample.mentions().stream().map(Mention::surface).collect(Collectors.joining("|"));
        for (String boilerplate : List.of("伊朗", "以色列", "特朗普", "網易", "NetEase", "新京報")) {
            assertFalse(mentioned.contains(boilerplate), boilerplate + " in " + mentioned);
        }
    }

    @Test
    void sampleStatements() {
        Set<String> s = statements(sample);
        for (String expected : List.of(
                "model/qwen developedBy org/alibaba",
                "model/qwen3 developedBy org/alibaba",
                "model/qwen3 totalParameters 235000000000",
                "model/qwen3 activeParameters 22000000000",
                "model/deepseek-r1 developedBy org/deepseek",
                "model/llama developedBy org/meta",
                "model/gpt-oss-120b developedBy org/openai",
                "model/qwen outperforms model/llama",
                "model/qwen rankedFirstOn platform/hugging-face",
                "org/stanford-hai parentOrganization org/stanford-university",
                "org/digichina parentOrganization org/stanford-hai",
                "org/stanford-hai country country/usa",
                "org/openai country country/usa",
                "person/christopher-manning affiliation org/stanford-hai",
                "person/christopher-manning jobTitle 副主任",
                "person/feng-yan affiliation org/shanghai-rd-platform-center",
                "_document author person/feng-yan",
                "_document name 美國頂尖智庫如何看待中國開源大模型的崛起")) {
            assertTrue(s.contains(expected), expected + " missing from " + s);
        }
        // "阿里巴巴通義千問3系列" names a series; that it belongs to the 通义千问 family is read off the name, not said
        assertFalse(s.contains("model/qwen3 partOfFamily model/qwen"), s.toString());
        Entity report = sample.entities().stream().filter(e -> e.kind() == EntityKind.REPORT).findFirst().orElseThrow();
        assertTrue(s.contains(report.id() + " authorCount 5"));
        assertTrue(s.contains(report.id() + " datePublished 2025-12"));
        assertTrue(s.contains(report.id() + " author person/christopher-manning"));
        assertTrue(s.contains(report.id() + " publisher org/stanford-hai"));
        assertTrue(s.contains("_document about " + report.id()));
        assertEquals("超越DeepSeek:中國多元化開放權重AI生態系統及其政策影響", report.labelHant());
    }

    @Test
    void everyOffsetCutsOutWhatItClaims() throws IOException {
        for (Extraction x : List.of(sample, devArticle("kimi-glm-qwen.zh-Hans"), devArticle("ernie-hunyuan.zh-Hant"),
                devArticle("deepseek-gpt-oss.en"))) {
            String text = x.text();
            for (Mention m : x.mentions()) assertEquals(m.surface(), m.span().cut(text));
            for (Statement s : x.statements()) {
                Span e = s.evidence().span();
                assertTrue(e.end() <= text.length());
                if (s.evidence().sentence() >= 0) {
                    Span sentence = x.sentences().get(s.evidence().sentence()).span();
                    assertTrue(sentence.contains(e) || e.contains(sentence) || sentence.overlaps(e),
                            s + " outside its sentence " + sentence.cut(text));
                }
            }
            Set<String> ids = x.entities().stream().map(Entity::id).collect(Collectors.toSet());
            for (Statement s : x.statements()) {
                assertTrue(s.subject().equals(Statement.DOCUMENT) || ids.contains(s.subject()), s.toString());
                if (s.object() instanceof Value.EntityRef r) assertTrue(r.id().equals(Statement.DOCUMENT) || ids.contains(r.id()), s.toString());
            }
        }
    }

    @Test
    void sameInputSameExtraction() throws IOException {
        Path p = Path.of("samples/netease-beyond-deepseek.zh-Hant.txt");
        Extraction again = pipeline.extract(new Source(p.toString(), Files.readAllBytes(p), null, null));
        assertEquals(sample.documentIri(), again.documentIri());
        assertEquals(sample.statements(), again.statements());
        assertEquals(sample.entities(), again.entities());
    }

    @Test
    void referenceFactsStayApart() {
        assertTrue(sample.reference().stream().allMatch(s -> s.evidence() == null));
        assertTrue(sample.statements().stream().allMatch(s -> s.evidence() != null));
        Set<String> textIds = sample.entities().stream().map(Entity::id).collect(Collectors.toSet());
        assertTrue(sample.referenceEntities().stream().noneMatch(e -> textIds.contains(e.id())));
    }

    static Extraction devArticle(String name) throws IOException {
        Path p = Path.of("src/test/resources/dev/" + name + ".txt");
        return pipeline.extract(new Source(p.toString(), Files.readAllBytes(p), null, null));
    }
}
