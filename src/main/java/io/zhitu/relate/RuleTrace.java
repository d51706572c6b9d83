package io.zhitu.relate;

import io.zhitu.core.Span;
import io.zhitu.core.Statement;
import io.zhitu.normalize.NormalizedText;
import io.zhitu.recognize.Recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Replays {@link RelationRules}' matching on each body sentence, for {@code zhitu explain}: the same tagging
 * ({@link RelationRules#tag}), the same choice of the rules to try ({@code where}, {@link Rule#couldFire}) and
 * the same emitting ({@link RelationRules#emit}), but keeping, for every rule tried, what came of it.
 * It changes nothing: the statements are those {@link RelationRules#apply} made.
 */
final class RuleTrace {

    private final RelationRules relations;

    RuleTrace(RelationRules relations) { this.relations = relations; }

    /** One trace per body sentence, in order; {@code statements} are what {@code apply} returned for the same recognition. */
    List<Explanation.SentenceTrace> trace(Recognition rec, List<Statement> statements) {
        NormalizedText nt = rec.text();
        List<Span> sentences = nt.simplifiedSentences();
        List<Explanation.SentenceTrace> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            // the same limits as RelationRules.apply: such a sentence is not matched at all
            if (sentences.get(i).length() > RelationRules.MAX_SENTENCE_CHARS) {
                out.add(new Explanation.SentenceTrace(i, null, 0, List.of(), List.of()));
                continue;
            }
            TaggedSentence ts = relations.tag(rec, i);
            if (ts.text.length() > RelationRules.MAX_SENTENCE_CHARS) {
                out.add(new Explanation.SentenceTrace(i, null, 0, List.of(), List.of()));
                continue;
            }
            boolean byline = RelationRules.isBylineBlock(nt, nt.sentences().get(i).block());
            boolean[] present = present(ts);
            List<Explanation.RuleTry> tried = new ArrayList<>();
            java.util.Map<List<String>, Boolean> seen = new java.util.IdentityHashMap<>();
            String tagged = ts.text.toString();
            for (Rule rule : relations.rules.rules()) {
                if (rule.where().equals("byline") && !byline) continue;
                if (!rule.couldFire(present)) continue;
                if (!rule.hasWords(tagged, seen)) {
                    tried.add(new Explanation.RuleTry(rule.id(), Explanation.Outcome.NO_WORDS, null, null));
                    continue;
                }
                tried.add(tryRule(rec, ts, tagged, rule, statements));
            }
            List<Explanation.Anaphor> anaphors = new ArrayList<>();
            for (TaggedSentence.Slot slot : ts.slots) {
                if ("anaphor".equals(slot.value())) anaphors.add(new Explanation.Anaphor(nt.toOriginal(slot.start(), slot.end()), slot.ids()));
            }
            out.add(new Explanation.SentenceTrace(i, readable(ts), ts.slots.size(), List.copyOf(anaphors), List.copyOf(tried)));
        }
        return List.copyOf(out);
    }

    /** The token letters the tagged sentence holds (what {@link Rule#couldFire} asks about). */
    private static boolean[] present(TaggedSentence ts) {
        boolean[] present = new boolean[128];
        for (int k = 0; k + 1 < ts.text.length(); k++) {
            char c = ts.text.charAt(k + 1);
            if (ts.text.charAt(k) == RuleSet.OPEN && c < 128) present[c] = true;
        }
        return present;
    }

    private Explanation.RuleTry tryRule(Recognition rec, TaggedSentence ts, String tagged, Rule rule, List<Statement> statements) {
        NormalizedText nt = rec.text();
        List<Statement> made = new ArrayList<>();
        Span[] first = new Span[1];
        rule.matches(tagged, m -> {
            if (first[0] == null) first[0] = nt.toOriginal(ts.simplifiedStart(m.start()), ts.simplifiedEnd(m.end()));
            relations.emit(rec, ts, rule, m, made);
        });
        if (first[0] == null) return new Explanation.RuleTry(rule.id(), Explanation.Outcome.NO_MATCH, null, null);
        if (made.isEmpty()) return new Explanation.RuleTry(rule.id(), Explanation.Outcome.NOTHING_STATED, first[0], null);
        for (Statement s : statements) {
            if (s.evidence() != null && s.evidence().sentence() == ts.sentence && s.evidence().rule().equals(rule.id())) {
                return new Explanation.RuleTry(rule.id(), Explanation.Outcome.STATED, first[0], null);
            }
        }
        // every statement it made was made first, with the same evidence, by another rule (apply keeps one)
        Map<String, String> byKey = new HashMap<>();
        for (Statement s : statements) if (s.evidence() != null) byKey.putIfAbsent(key(s), s.evidence().rule());
        String winner = null;
        for (Statement s : made) {
            winner = byKey.get(key(s));
            if (winner != null) break;
        }
        return new Explanation.RuleTry(rule.id(), Explanation.Outcome.ALREADY_STATED, first[0], winner);
    }

    /** The key under which {@code RelationRules} keeps one statement per triple and evidence span. */
    private static String key(Statement s) {
        return s.subject() + " " + s.property() + " " + s.object() + " " + s.evidence().span();
    }

    /** The tagged sentence with each token written as its kind in the rule language: {Org}发布了{Model}. */
    private static String readable(TaggedSentence ts) {
        Map<Character, String> kinds = new HashMap<>();
        RuleSet.KINDS.forEach((name, letter) -> kinds.put(letter, name));
        StringBuilder b = new StringBuilder(ts.text.length());
        for (int i = 0; i < ts.text.length(); i++) {
            char c = ts.text.charAt(i);
            if (c == RuleSet.OPEN) {
                int j = ts.text.indexOf(String.valueOf(RuleSet.CLOSE), i);
                TaggedSentence.Slot slot = ts.slotOf(ts.text.substring(i, j + 1));
                b.append('{').append(kinds.getOrDefault(slot.kind(), String.valueOf(slot.kind()))).append('}');
                i = j;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
