package io.zhitu.relate;

import io.zhitu.recognize.Lexicon;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The literal text a rule cannot match without: what it needs is certain, what it cannot read needs nothing. */
class AnchorsTest {

    private static final Lexicon LEXICON = Lexicon.standard();

    private static List<List<String>> of(String when) {
        return Anchors.of(when, LEXICON);
    }

    @Test
    void runsOfPlainCharsAndGroupsWhoseEveryAlternativeHoldsOne() {
        assertEquals(List.of(List.of("《"), List.of("》"), List.of("讯", "电", "消息")),
                of("(?<!据|根据)\\s?《{Org:o}》\\s?(?:{Date}|\\d{1,2}\\s?月)?\\s?(?:讯|电|消息)"));
        assertEquals(List.of(List.of("总参数", "参数")), of("(?:总参数量?|(?<!激活)参数(?:规模|量))"), "the char made optional is cut off");
        assertEquals(List.of(List.of("No."), List.of("1")), of("No\\.\\s?1"), "an escaped sign is itself");
        assertEquals(LEXICON.get("release-verb"), of("{Org:o}…{lex:release-verb}(?:了)?…{Model+:m}").get(0));
    }

    @Test
    void whatIsOptionalOrNotLiteralNeedsNothing() {
        assertEquals(List.of(), of("{Org:o}\\s?(?:的|旗下的?)?\\s?{Model+:m}(?!\\s?(?:App|应用))"), "optional group, lookahead");
        assertEquals(List.of(List.of("出任")), of("(?:^|[,;])\\s?出任"), "an alternative without text: the group needs nothing");
        assertEquals(List.of(), of("(?i)model"), "a flag changes what the chars match");
        assertEquals(List.of(), of("{Model:m}(?:a|b)?|{Org:o}c"), "an alternation at the top with an empty side");
        assertEquals(List.of(List.of("ab")), of("ab+c?"), "a repeated char ends the run");
    }
}
