package io.zhitu.recognize;

import io.zhitu.TestDocs;
import io.zhitu.normalize.Normalizer;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecognizerTest {
    static final Recognizer RECOGNIZER = new Recognizer(Gazetteer.standard(), Lexicon.standard());

    static Recognition recognize(String text) {
        return RECOGNIZER.recognize(new Normalizer().normalize(TestDocs.article(text)));
    }

    static List<String> pairs(Recognition r) {
        return r.mentions().stream().map(m -> m.surface() + "=" + m.entityId()).toList();
    }

    @Test
    void namesWithDigitsDotsHyphensAndSpacesComeOutWhole() {
        Recognition r = recognize("OpenAI released gpt-oss-120b, Qwen3-235B-A22B, DeepSeek-R1-0528 and Llama 3.1 405B via Hugging Face.");
        List<String> p = pairs(r);
        assertTrue(p.contains("gpt-oss-120b=model/gpt-oss-120b"), p.toString());
        assertTrue(p.contains("Qwen3-235B-A22B=model/qwen3-235b-a22b"), p.toString());
        assertTrue(p.contains("DeepSeek-R1-0528=model/deepseek-r1-0528"), p.toString());
        assertTrue(p.contains("Llama 3.1 405B=model/llama-3.1-405b"), p.toString());
        assertTrue(p.contains("Hugging Face=platform/hugging-face"), p.toString());
    }

    @Test
    void oneNodePerThingWhateverTheScript() {
        Recognition hant = recognize("阿里巴巴的通義千問與月之暗面的Kimi。");
        Recognition hans = recognize("阿里巴巴的通义千问与月之暗面的Kimi。");
        assertEquals(hant.mentions().stream().map(Mention::entityId).toList(), hans.mentions().stream().map(Mention::entityId).toList());
        assertEquals(List.of("阿里巴巴=org/alibaba", "通義千問=model/qwen", "月之暗面=org/moonshot", "Kimi=model/kimi"), pairs(hant));
    }

    @Test
    void unknownModelVersionsAreMintedFromTheirFamily() {
        Recognition r = recognize("智谱AI推出GLM-5.7-Flash模型。");
        Mention m = r.mentions().stream().filter(x -> x.surface().startsWith("GLM")).findFirst().orElseThrow();
        assertEquals("GLM-5.7-Flash", m.surface());
        assertEquals("model/glm-5.7-flash", m.entityId());
        assertEquals(EntityKind.MODEL, r.entities().get("model/glm-5.7-flash").kind());
        assertFalse(r.entities().get("model/glm-5.7-flash").known());
        assertEquals("model/glm", r.found().stream().filter(f -> f.entityId().equals("model/glm-5.7-flash")).findFirst().orElseThrow().family());
    }

    @Test
    void personsNeedACue() {
        Recognition r = recognize("百度创始人兼首席执行官王小明今年宣布了计划。\n（作者：赵文，某某科技网记者）");
        List<String> p = pairs(r);
        assertTrue(p.contains("王小明=person/wang-xiaoming"), p.toString());
        assertTrue(p.contains("赵文=person/zhao-wen"), p.toString());
        assertTrue(p.contains("某某科技网=org/mou-mou-ke-ji-wang"), p.toString());
    }

    @Test
    void yearsAndCountsAreNotVersions() {
        Recognition r = recognize("Qwen 2025年发布了22个模型。");
        assertEquals(List.of("Qwen=model/qwen"), pairs(r));
    }

    @Test
    void reportTitlesAreOneName() {
        Recognition r = recognize("HAI发布了一份题为《超越DeepSeek:开放权重》的报告。");
        assertTrue(pairs(r).stream().anyMatch(s -> s.startsWith("超越DeepSeek:开放权重=report/")), pairs(r).toString());
        assertTrue(pairs(r).stream().noneMatch(s -> s.startsWith("DeepSeek=")), pairs(r).toString());
    }

    @Test
    void shortLatinNamesKeepTheirCase() {
        Recognition r = recognize("The meta data is under the mit folder.");
        assertEquals(List.of(), pairs(r));
    }

    @Test
    void fullWidthDigitsAfterALatinNameBelongToTheName() {
        assertEquals(List.of("阿里巴巴=org/alibaba", "Qwen３=model/qwen3"), pairs(recognize("阿里巴巴发布了Qwen３模型。")));
        assertEquals(List.of("Ｑｗｅｎ３=model/qwen3"), pairs(recognize("Ｑｗｅｎ３性能很强。")));
        assertEquals(List.of("智谱AI=org/zhipu", "GLM-４.５=model/glm-4.5"), pairs(recognize("智谱AI发布了GLM-４.５模型。")));
        assertEquals(List.of("Qwen３-２３５Ｂ-Ａ２２Ｂ=model/qwen3-235b-a22b"), pairs(recognize("Qwen３-２３５Ｂ-Ａ２２Ｂ已开源。")));
        Recognition minted = recognize("月之暗面发布了Kimi Ｋ９模型。");
        assertTrue(pairs(minted).contains("Kimi Ｋ９=model/kimi-k9"), pairs(minted).toString());
        assertEquals("Kimi K9", minted.entities().get("model/kimi-k9").labelEn());
    }

    @Test
    void aModelNameInBookTitleMarksIsNotAReport() {
        assertEquals(List.of("阿里巴巴=org/alibaba", "Qwen3=model/qwen3"), pairs(recognize("阿里巴巴发布了《Qwen3》技术报告。")));
        assertEquals(List.of("Qwen３=model/qwen3"), pairs(recognize("《Qwen３》报告显示其性能领先。")));
        assertEquals(List.of("通义千问=model/qwen"), pairs(recognize("《通义千问》报告发布。")));
        assertEquals(List.of("Qwen3-235B-A22B=model/qwen3-235b-a22b"), pairs(recognize("《Qwen3-235B-A22B》报告发布。")));
        Recognition r = recognize("《超越DeepSeek》报告发布。");
        assertTrue(pairs(r).stream().anyMatch(p -> p.startsWith("超越DeepSeek=report/")), pairs(r).toString());
    }
}
