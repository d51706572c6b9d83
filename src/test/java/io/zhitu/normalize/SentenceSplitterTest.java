package io.zhitu.normalize;

import io.zhitu.core.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String t) {
        return splitter.split(t, 0, t.length()).stream().map(s -> s.cut(t)).toList();
    }

    @Test
    void chineseStopsAndClosingQuotes() {
        assertEquals(List.of("他说:“好。”", "然后走了!", "对吗?"), split("他说:“好。”然后走了!对吗?"));
    }

    @Test
    void initialsAndAbbreviationsDoNotEndASentence() {
        assertEquals(List.of("Christopher D. Manning works at Stanford Univ. in the U.S. and teaches.", "He writes."),
                split("Christopher D. Manning works at Stanford Univ. in the U.S. and teaches. He writes."));
    }

    @Test
    void decimalsStayWhole() {
        assertEquals(List.of("It has 5.1 billion active parameters."), split("It has 5.1 billion active parameters."));
    }

    @Test
    void spansAreTrimmed() {
        String t = "  第一句。  第二句。 ";
        assertEquals(List.of(new Span(2, 6), new Span(8, 12)), splitter.split(t, 0, t.length()));
    }

    @Test
    void aStopGluedToTheNextParagraphEndsTheSentenceButNotANameOrAnAddress() {
        assertEquals(List.of("It shipped this summer.", "Meta, the parent company, waited."),
                split("It shipped this summer.Meta, the parent company, waited."));
        assertEquals(List.of("See example.com and Node.js, in the U.S.A today."), split("See example.com and Node.js, in the U.S.A today."));
    }
}
