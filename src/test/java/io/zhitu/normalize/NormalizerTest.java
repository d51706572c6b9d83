package io.zhitu.normalize;

import io.zhitu.TestDocs;
import io.zhitu.core.Sentence;
import io.zhitu.core.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NormalizerTest {
    private final Normalizer normalizer = new Normalizer();

    @Test
    void convertsTraditionalAndKeepsOffsets() {
        NormalizedText n = normalizer.normalize(TestDocs.article("阿里巴巴通義千問超越了美國的模型。"));
        assertEquals("阿里巴巴通义千问超越了美国的模型。", n.simplified());
        assertEquals("zh-Hant", n.lang());
        int at = n.simplified().indexOf("通义千问");
        assertEquals("通義千問", n.toOriginal(at, at + 4).cut(n.original()));
    }

    @Test
    void phraseOfAnotherLengthMapsBackToTheWholePhrase() {
        String text = "我愛吃士多啤梨和蘋果。";
        NormalizedText n = normalizer.normalize(TestDocs.article(text));
        assertEquals("我爱吃草莓和苹果。", n.simplified());
        int at = n.simplified().indexOf("草莓");
        assertEquals("士多啤梨", n.toOriginal(at, at + 2).cut(text));
        int apple = n.simplified().indexOf("苹果");
        assertEquals("蘋果", n.toOriginal(apple, apple + 2).cut(text));
        assertEquals(new Span(0, text.length()), n.sentences().get(0).span());
    }

    @Test
    void foldsFullWidthFormsOneForOne() {
        NormalizedText n = normalizer.normalize(TestDocs.article("参数为２３５Ｂ，（ＭｏＥ）架构"));
        assertEquals("参数为235B,(MoE)架构", n.simplified());
        assertEquals("zh-Hans", n.lang());
    }

    @Test
    void englishIsDetected() {
        NormalizedText n = normalizer.normalize(TestDocs.article("OpenAI released gpt-oss-120b. It has 117 billion parameters."));
        assertEquals("en", n.lang());
        List<Sentence> s = n.sentences();
        assertEquals(2, s.size());
        assertEquals("It has 117 billion parameters.", s.get(1).span().cut(n.original()));
    }
}
