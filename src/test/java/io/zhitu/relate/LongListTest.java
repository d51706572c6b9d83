package io.zhitu.relate;

import io.zhitu.core.Extraction;
import io.zhitu.pipeline.Pipeline;
import io.zhitu.core.Source;
import io.zhitu.recognize.Lexicon;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.*;

/** A sentence listing hundreds of names once overflowed the stack of the regex engine. */
class LongListTest {
    static final Lexicon LEXICON = Lexicon.standard();
    static final RuleSet RULES = RuleSet.standard(LEXICON);

    static String join(String first, String sep, int n, List<String> names, String last) {
        StringBuilder b = new StringBuilder(first);
        for (int i = 0; i < n; i++) b.append(i > 0 ? sep : "").append(names.get(i % names.size()));
        return b.append(last).toString();
    }

    static Extraction extract(String text) {
        return Pipeline.standard().extract(new Source("list.txt", text.getBytes(StandardCharsets.UTF_8), null, null));
    }

    @Test
    void aListPatternMatchesThousandsOfMembersWithoutRecursion() {
        Rule rule = RULES.rules().stream().filter(r -> r.id().equals("developer-possessive-zh")).findFirst().orElseThrow();
        StringBuilder tagged = new StringBuilder().append(RuleSet.OPEN).append("O0").append(RuleSet.CLOSE).append("的");
        int n = 20_000;
        for (int i = 1; i <= n; i++) {
            if (i > 1) tagged.append(i % 2 == 0 ? "、" : " and ");
            tagged.append(RuleSet.OPEN).append('M').append(i).append(RuleSet.CLOSE);
        }
        Matcher m = rule.pattern().matcher(tagged);
        assertTrue(m.find());
        assertEquals(tagged.length(), m.end("m"));
    }

    @Test
    void aThousandLatinModelNamesInOneSentence() {
        Extraction x = extract(join("阿里巴巴发布了", "、", 1000, List.of("Qwen", "Llama", "GLM"), "等模型。"));
        assertEquals(1001, x.mentions().size());
    }

    @Test
    void aThousandChineseAndEnglishListsInOneSentence() {
        assertFalse(extract(join("OpenAI released ", ", ", 1000, List.of("Qwen", "Llama", "GLM", "Kimi"), ".")).mentions().isEmpty());
        assertFalse(extract(join("Kimi超越了", "、", 1000, List.of("模型A", "模型B", "通义千问", "文心"), "。")).mentions().isEmpty());
    }

    @Test
    void aListOfOrdinaryLengthStillBindsEveryMember() {
        Extraction x = extract(join("阿里巴巴发布了", "、", 40, List.of("Qwen3", "Qwen2.5", "QwQ"), "等模型。"));
        assertTrue(x.statements().stream().anyMatch(s -> s.property().endsWith("developedBy")), x.statements().toString());
    }

    @Test
    void aRuleThatRepeatsAGroupWithoutABoundIsRefused() {
        String rules = "rule: r\nwhen: {Model:m}(?:上|中)*{Platform:p}\nthen: m rankedFirstOn p\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RuleSet.read("t.rules", new ByteArrayInputStream(rules.getBytes(StandardCharsets.UTF_8)), LEXICON));
        assertTrue(e.getMessage().startsWith("t.rules:1: a repeated group needs a bound"), e.getMessage());
    }

    @Test
    void boundedAndPossessiveGroupsAreAccepted() throws IOException {
        String rules = "rule: r\nwhen: {Model:m}(?:上|中){0,4}(?:x)*+\\)*{Platform:p}\nthen: m rankedFirstOn p\n";
        assertEquals(1, RuleSet.read("t.rules", new ByteArrayInputStream(rules.getBytes(StandardCharsets.UTF_8)), LEXICON).rules().size());
    }
}
