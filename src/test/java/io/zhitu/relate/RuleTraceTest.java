package io.zhitu.relate;

import io.zhitu.TestDocs;
import io.zhitu.core.Source;
import io.zhitu.core.Statement;
import io.zhitu.normalize.Normalizer;
import io.zhitu.recognize.Gazetteer;
import io.zhitu.recognize.Lexicon;
import io.zhitu.recognize.Recognition;
import io.zhitu.recognize.Recognizer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** What {@code explain} says about each rule tried on a sentence, and that it agrees with what {@link RelationRules#apply} made. */
class RuleTraceTest {
    static final Lexicon LEXICON = Lexicon.standard();
    static final Recognizer RECOGNIZER = new Recognizer(Gazetteer.standard(), LEXICON);

    static RelationRules rules(String text) throws IOException {
        return new RelationRules(RuleSet.read("t.rules", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), LEXICON));
    }

    @Test
    void everyOutcomeOfARuleTried() throws IOException {
        RelationRules rules = rules("""
                rule: t-release
                when: {Org:o}发布了{Model+:m}
                then: m developedBy o

                rule: t-release-again
                when: {Org:o}发布了{Model:m}
                then: m developedBy o

                rule: t-backwards
                when: {Org:o}发布了{Model:m}
                then: o developedBy m

                rule: t-possessive
                when: {Org:o}的{Model+:m}
                then: m developedBy o

                rule: t-report
                when: {Org:o}…{Report:r}
                then: r publisher o
                """);
        String text = "阿里巴巴发布了Qwen3。该模型表现突出。";
        Recognition rec = RECOGNIZER.recognize(new Normalizer().normalize(TestDocs.article(text)));
        List<Explanation.SentenceTrace> trace = new RuleTrace(rules).trace(rec, rules.apply(rec));
        assertEquals(2, trace.size());

        Explanation.SentenceTrace first = trace.get(0);
        assertEquals("{Org}发布了{Model}。", first.tagged());
        assertEquals(2, first.tokens());
        // t-report is not tried: the sentence names no report
        assertEquals(List.of("t-release", "t-release-again", "t-backwards", "t-possessive"),
                first.tried().stream().map(Explanation.RuleTry::rule).toList());
        assertEquals(Explanation.Outcome.STATED, first.tried().get(0).outcome());
        assertEquals("阿里巴巴发布了Qwen3", first.tried().get(0).match().cut(text));
        assertEquals(Explanation.Outcome.ALREADY_STATED, first.tried().get(1).outcome());
        assertEquals("t-release", first.tried().get(1).madeBy());
        assertEquals(Explanation.Outcome.NOTHING_STATED, first.tried().get(2).outcome());
        assertEquals(Explanation.Outcome.NO_MATCH, first.tried().get(3).outcome());
        assertNull(first.tried().get(3).match());

        Explanation.SentenceTrace second = trace.get(1);
        assertEquals("{Model}表现突出。", second.tagged());
        assertEquals(1, second.anaphors().size());
        assertEquals("该模型", second.anaphors().get(0).span().cut(text));
        assertEquals(List.of("model/qwen3"), second.anaphors().get(0).ids());
        assertEquals(List.of(), second.tried(), "no rule binds a model alone");
    }

    @Test
    void theTraceAgreesWithTheStatementsOfTheSample() throws IOException {
        Explanation e = TestDocs.pipeline().explain(new Source(TestDocs.SAMPLE.toString(), Files.readAllBytes(TestDocs.SAMPLE), null, null));
        assertEquals(e.extraction().sentences().size(), e.sentences().size());
        Set<String> ruleIds = new HashSet<>();
        for (Rule r : RuleSet.standard(LEXICON).rules()) ruleIds.add(r.id());
        Set<String> made = new HashSet<>();
        for (Statement s : e.extraction().statements()) {
            if (ruleIds.contains(s.evidence().rule())) made.add(s.evidence().sentence() + " " + s.evidence().rule());
        }
        Set<String> stated = new HashSet<>();
        for (Explanation.SentenceTrace t : e.sentences()) {
            for (Explanation.RuleTry r : t.tried()) {
                String key = t.sentence() + " " + r.rule();
                if (r.outcome() == Explanation.Outcome.STATED) stated.add(key);
                else assertFalse(made.contains(key), key + " is " + r.outcome() + " but made a statement");
            }
        }
        assertEquals(made, stated);
        assertFalse(stated.isEmpty());
    }
}
