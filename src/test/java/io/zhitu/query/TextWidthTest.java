package io.zhitu.query;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextWidthTest {
    @Test
    void eastAsianWideCountsTwo() {
        assertEquals(3, TextWidth.of("abc"));
        assertEquals(8, TextWidth.of("阿里巴巴"));
        assertEquals(4, TextWidth.of("（）"), "full-width forms");
        assertEquals(4, TextWidth.of("，。"), "CJK punctuation");
        assertEquals(2, TextWidth.of("한"), "Hangul");
        assertEquals(2, TextWidth.of("の"), "kana");
        assertEquals(1, TextWidth.of("ｱ"), "half-width katakana");
        assertEquals(2, TextWidth.of("😀"), "emoji (two UTF-16 units)");
        assertEquals(2, TextWidth.of("\uD840\uDC0B"), "a supplementary Han character");
        assertEquals(15, TextWidth.of("克里斯托弗·曼宁"), "the middle dot is ambiguous, one column");
    }

    @Test
    void marksTakeNoColumn() {
        assertEquals(1, TextWidth.of("e\u0301"));
        assertEquals(0, TextWidth.of("\u200B"));
        assertEquals(2, TextWidth.of("A\u200DB"));
    }
}
