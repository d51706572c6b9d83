package io.zhitu.relate;

import io.zhitu.TestDocs;
import io.zhitu.normalize.Normalizer;
import io.zhitu.core.Statement;
import io.zhitu.core.Value;
import io.zhitu.recognize.Gazetteer;
import io.zhitu.recognize.Lexicon;
import io.zhitu.recognize.Recognition;
import io.zhitu.recognize.Recognizer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class RelationRulesTest {
    static final Lexicon LEXICON = Lexicon.standard();
    static final Recognizer RECOGNIZER = new Recognizer(Gazetteer.standard(), LEXICON);
    static final RelationRules RULES = new RelationRules(RuleSet.standard(LEXICON));

    static List<String> statements(String text) {
        Recognition r = RECOGNIZER.recognize(new Normalizer().normalize(TestDocs.article(text)));
        return RULES.apply(r).stream().map(RelationRulesTest::show).toList();
    }

    static String show(Statement s) {
        String o = s.object() instanceof Value.EntityRef e ? e.id() : ((Value.Literal) s.object()).lexical();
        return s.subject() + " " + s.property().replaceAll(".*[#/]", "") + " " + o + " [" + s.evidence().rule() + "]";
    }

    @Test
    void developerByPossessiveAndByRelease() {
        List<String> s = statements("腾讯的混元-T1表现突出。\n字节跳动于5月发布了豆包1.5模型。");
        assertTrue(s.contains("model/hunyuan-t1 developedBy org/tencent [developer-possessive-zh]"), s.toString());
        assertTrue(s.contains("model/doubao-1.5 developedBy org/bytedance [developer-release]"), s.toString());
    }

    @Test
    void theOrganisationOfARelativeClauseDidNotReleaseTheModel() {
        List<String> s = statements("Zhipu AI, which counts Alibaba among its investors, introduced GLM-4.5 last month.");
        assertTrue(s.stream().noneMatch(x -> x.contains("developedBy org/alibaba")), s.toString());
        s = statements("OpenAI released gpt-oss-120b in August.");
        assertTrue(s.stream().anyMatch(x -> x.startsWith("model/gpt-oss-120b developedBy org/openai ")), s.toString());
    }

    @Test
    void membersListedAfterASeriesWereReleasedByItsDeveloper() {
        List<String> s = statements("7月28日,智谱AI推出GLM-4.5系列。其中GLM-4.5-Air总参数1060亿。");
        assertTrue(s.contains("model/glm-4.5-air developedBy org/zhipu [series-member]"), s.toString());
        // without 其中 the next sentence is not a list of members
        s = statements("7月28日,智谱AI推出GLM-4.5系列。GLM-4.5-Air总参数1060亿。");
        assertTrue(s.stream().noneMatch(x -> x.startsWith("model/glm-4.5-air developedBy")), s.toString());
    }

    @Test
    void totalAndActiveParametersInOnePhrase() {
        List<String> s = statements("Tencent's Hunyuan-Large, a Mixture-of-Experts model with 389 billion total parameters and 52 billion active parameters, was released.");
        assertTrue(s.contains("model/hunyuan-large totalParameters 389000000000 [params-total-and-active]"), s.toString());
        assertTrue(s.contains("model/hunyuan-large activeParameters 52000000000 [params-total-and-active]"), s.toString());
    }

    @Test
    void rankedFirstAccordingToALeaderboard() {
        List<String> s = statements("据评测平台LMArena的最新排名，Gemini 2.5 Pro位居榜首。");
        assertTrue(s.contains("model/gemini-2.5-pro rankedFirstOn benchmark/chatbot-arena [ranked-first-per-ranking-zh]"), s.toString());
    }

    @Test
    void parametersAndArchitectureAcrossAClause() {
        List<String> s = statements("MiniMax发布MiniMax-M1模型,该模型采用混合专家架构,总参数4560亿,激活参数459亿。");
        assertTrue(s.contains("model/minimax-m1 totalParameters 456000000000 [params-total-after-zh]"), s.toString());
        assertTrue(s.contains("model/minimax-m1 activeParameters 45900000000 [params-active-after-zh]"), s.toString());
        assertTrue(s.contains("model/minimax-m1 architecture https://w3id.org/zhitu/ontology#MixtureOfExperts [architecture-moe]"), s.toString());
    }

    @Test
    void aGapNeverCrossesAnotherModel() {
        List<String> s = statements("GLM-4.5总参数3550亿、激活参数320亿;GLM-4.5-Air总参数1060亿、激活参数120亿。");
        assertTrue(s.contains("model/glm-4.5 activeParameters 32000000000 [params-active-after-zh]"), s.toString());
        assertFalse(s.stream().anyMatch(x -> x.startsWith("model/glm-4.5 totalParameters 106")), s.toString());
    }

    @Test
    void englishLicenceAndList() {
        List<String> s = statements("In 2025, Mistral AI released Magistral-Small-2 and Devstral-2 under the Apache 2.0 license.");
        assertTrue(s.stream().anyMatch(x -> x.matches("model/\\S+ license license/apache-2.0 .*")), s.toString());
    }

    @Test
    void wrongKindsStateNothing() {
        // a person is no developer: the rule matches, the contract's domain and range stop it
        List<String> s = statements("李彦宏的文心大模型4.5表现突出。");
        assertTrue(s.stream().noneMatch(x -> x.contains("developedBy")), s.toString());
    }

    @Test
    void evidenceIsTheMatchedText() {
        String text = "月之暗面發布並開源了Kimi K2模型。";
        Recognition r = RECOGNIZER.recognize(new Normalizer().normalize(TestDocs.article(text)));
        Statement st = RULES.apply(r).stream().filter(x -> x.property().endsWith("developedBy")).findFirst().orElseThrow();
        assertEquals("月之暗面發布並開源了Kimi K2", st.evidence().span().cut(text));
        assertEquals(0, st.evidence().sentence());
    }

    @Test
    void badRulesAreReportedWithFileAndLine() {
        String rules = "rule: r1\nwhen: {Org:o}的{Model:m}\nthen: m inventedBy o\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RuleSet.read("x.rules", new ByteArrayInputStream(rules.getBytes(StandardCharsets.UTF_8)), LEXICON));
        assertEquals("x.rules:1: unknown property 'inventedBy'", e.getMessage());
        String unbound = "rule: r2\nwhen: {Org:o}的{Model}\nthen: m developedBy o\n";
        e = assertThrows(IllegalStateException.class,
                () -> RuleSet.read("x.rules", new ByteArrayInputStream(unbound.getBytes(StandardCharsets.UTF_8)), LEXICON));
        assertEquals("x.rules:1: 'm' is not bound by the pattern", e.getMessage());
    }

    @Test
    void everyShippedRuleCompiles() {
        assertTrue(RuleSet.standard(LEXICON).rules().size() >= 40);
    }
}
