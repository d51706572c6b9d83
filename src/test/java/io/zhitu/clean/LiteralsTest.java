package io.zhitu.clean;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiteralsTest {

    private final Literals words = new Literals("版权所有", "all rights reserved", "©", "av");

    @Test
    void findsAWordAnywhereIgnoringCase() {
        assertTrue(words.anyIn("本站内容 版权所有"));
        assertTrue(words.anyIn("Copyright 2025 Example Inc. ALL RIGHTS RESERVED."));
        assertTrue(words.anyIn("© 2025"));
        assertTrue(words.anyIn("AV"));
        assertFalse(words.anyIn("智谱AI发布了GLM-4.5模型。"));
        assertFalse(words.anyIn("all rights reserve"), "a word cut short at the end of the line is not there");
        assertFalse(words.anyIn(""));
    }

    /** Where the literals say no, the (?i) regex over the same words says no too, on every line tried. */
    @Test
    void neverSaysNoWhereTheRegexMatches() {
        Pattern regex = Pattern.compile("(?i)版权所有|all rights reserved|©\\s*\\d{4}|\\bav\\b");
        String[] lines = {"版权所有", "x ALL Rights Reserved", "©2024", "an AV test", "nothing here", "Av", "a v", "savvy", "版权 所有"};
        for (String l : lines) {
            if (regex.matcher(l).find()) assertTrue(words.anyIn(l), l);
        }
        assertEquals(false, words.anyIn("版权 所有"));
    }
}
