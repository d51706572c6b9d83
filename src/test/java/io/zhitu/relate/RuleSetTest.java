package io.zhitu.relate;

import io.zhitu.recognize.Lexicon;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** What the compiler of the rules works out about a pattern so that the engine tries it only where it can match. */
class RuleSetTest {

    @Test
    void aPatternOpensWithAMentionAfterItsLookbehinds() {
        assertEquals("O", RuleSet.opens("(?<!联合|与)(?<!(?:with|by)\\s{1,2}){Org:o}…{lex:release-verb}…{Model+:m}"));
        assertEquals("FB", RuleSet.opens("{Platform|Benchmark:p}(?:平台)?显示…{Model:m}"));
        assertNull(RuleSet.opens("^\\s*{Org:o}"), "an anchor opens it, not a mention");
        assertNull(RuleSet.opens("(?:据|根据){Platform:p}"), "a word opens it");
        assertNull(RuleSet.opens("(?<t>{Title}){Person:p}"), "a title is text, not a mention");
    }

    @Test
    void theWordListsAPatternNeedsAreThoseAtItsTopLevel() {
        assertEquals(List.of("release-verb"), RuleSet.requiredCategories("{Org:o}…{lex:release-verb}(?:了)?…{Model+:m}"));
        assertEquals(List.of(), RuleSet.requiredCategories("{Model:m}(?:{lex:moe-cue})?"), "inside an optional group");
        assertEquals(List.of(), RuleSet.requiredCategories("{Model:m}{lex:moe-cue}?"), "made optional");
        assertEquals(List.of(), RuleSet.requiredCategories("{Model:m}{lex:moe-cue}|{Org:o}"), "an alternation at the top");
        assertEquals(List.of("first-cue"), RuleSet.requiredCategories("[{]{Model:m}{0,2}…{lex:first-cue}"));
    }

    @Test
    void aRuleIsNotTriedOnASentenceWithoutItsWordsAndFindsTheSameWhereItIs() throws Exception {
        Lexicon lexicon = Lexicon.standard();
        String rules = "rule: r\nwhen: {Org:o}…{lex:release-verb}…{Model+:m}\nthen: m developedBy o\n";
        RuleSet set = RuleSet.read("test.rules", new java.io.ByteArrayInputStream(rules.getBytes(java.nio.charset.StandardCharsets.UTF_8)), lexicon);
        Rule r = set.rules().get(0);
        assertFalse(r.hasWords("阿里巴巴的通义千问", new java.util.IdentityHashMap<>()));
        assertTrue(r.hasWords("阿里巴巴发布了通义千问", new java.util.IdentityHashMap<>()));
    }
}
