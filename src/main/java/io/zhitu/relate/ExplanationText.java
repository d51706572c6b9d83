package io.zhitu.relate;

import io.zhitu.core.Entity;
import io.zhitu.core.Extraction;
import io.zhitu.core.Mention;
import io.zhitu.core.Sentence;
import io.zhitu.core.Span;
import io.zhitu.core.Statement;
import io.zhitu.core.Value;
import io.zhitu.core.Vocab;
import io.zhitu.core.ZhituException;
import io.zhitu.recognize.Found;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link Explanation} as the plain text of {@code zhitu explain}: a header, then each body sentence
 * with its mentions, its statements and the rules tried on it that stated nothing, then what belongs to no sentence.
 * Everything is in the order the pipeline produced it, so the same input gives the same text.
 */
final class ExplanationText {

    private ExplanationText() {}

    static String render(Explanation e) {
        Extraction x = e.extraction();
        String text = x.text();
        List<Sentence> sentences = x.sentences();
        StringBuilder b = new StringBuilder();
        b.append("explain: ").append(oneLine(x.article().doc().source().name())).append(" (").append(x.lang()).append("), ")
                .append(count(sentences.size(), "sentence")).append(", ")
                .append(count(x.mentions().size(), "mention")).append(", ")
                .append(count(x.statements().size(), "statement")).append('\n');
        b.append("document ").append(iri(x.documentIri())).append('\n');

        Map<String, Entity> entities = new HashMap<>();
        for (Entity en : x.referenceEntities()) entities.put(en.id(), en);
        for (Entity en : x.entities()) entities.put(en.id(), en);
        entities.putAll(e.recognition().entities());
        // the recogniser's mentions, in original offsets, line up with its simplified ones (the nested flag is there)
        List<Mention> mentions = e.recognition().mentions();
        List<Found> found = e.recognition().found().size() == mentions.size() ? e.recognition().found() : null;

        List<List<Integer>> mentionsOf = new ArrayList<>();
        List<List<Statement>> statementsOf = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            mentionsOf.add(new ArrayList<>());
            statementsOf.add(new ArrayList<>());
        }
        List<Integer> placeless = new ArrayList<>();
        for (int k = 0; k < mentions.size(); k++) {
            int s = sentenceAt(sentences, mentions.get(k).span().start());
            if (s >= 0) mentionsOf.get(s).add(k);
            else placeless.add(k);
        }
        List<Statement> noSentence = new ArrayList<>();
        for (Statement s : x.statements()) {
            int i = s.evidence() == null ? -1 : s.evidence().sentence();
            if (i >= 0 && i < sentences.size()) statementsOf.get(i).add(s);
            else noSentence.add(s);
        }
        Map<Integer, Explanation.SentenceTrace> traces = new HashMap<>();
        for (Explanation.SentenceTrace t : e.sentences()) traces.put(t.sentence(), t);

        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            b.append('[').append(s.index()).append("] ").append(span(s.span())).append(' ')
                    .append(oneLine(s.span().cut(text))).append('\n');
            Explanation.SentenceTrace t = traces.get(s.index());
            if (t != null && t.tagged() == null) {
                b.append("  rules read nothing here: longer than ").append(RelationRules.MAX_SENTENCE_CHARS).append(" characters\n");
            } else if (t != null && t.tokens() > 0) {
                b.append("  rules read: ").append(oneLine(t.tagged())).append('\n');
            }
            for (int k : mentionsOf.get(i)) mention(b, mentions.get(k), found == null ? null : found.get(k), entities);
            if (t != null) {
                for (Explanation.Anaphor a : t.anaphors()) {
                    b.append("  anaphor ").append(oneLine(a.span().cut(text))).append(' ').append(span(a.span()))
                            .append(" stands for ").append(String.join(", ", a.ids())).append('\n');
                }
            }
            for (Statement st : statementsOf.get(i)) statement(b, "statement", st);
            if (t != null) {
                // one line: a sentence naming an organisation and a model is tried by a score of rules
                List<String> noMatch = new ArrayList<>();
                for (Explanation.RuleTry r : t.tried()) if (r.outcome() == Explanation.Outcome.NO_MATCH) noMatch.add(r.rule());
                if (!noMatch.isEmpty()) b.append("  near miss (slots present, no match): ").append(String.join(", ", noMatch)).append('\n');
                List<String> noWords = new ArrayList<>();
                for (Explanation.RuleTry r : t.tried()) if (r.outcome() == Explanation.Outcome.NO_WORDS) noWords.add(r.rule());
                if (!noWords.isEmpty()) b.append("  slots present, a needed word absent: ").append(String.join(", ", noWords)).append('\n');
                for (Explanation.RuleTry r : t.tried()) {
                    switch (r.outcome()) {
                        case STATED, NO_MATCH, NO_WORDS -> { }
                        case NOTHING_STATED -> b.append("  near miss ").append(r.rule()).append(" — matched ").append(span(r.match()))
                                .append(", stated nothing (the kinds do not fit the property)\n");
                        case ALREADY_STATED -> b.append("  also ").append(r.rule()).append(" — matched ").append(span(r.match()))
                                .append(", same statement as rule ").append(r.madeBy() == null ? "?" : r.madeBy()).append('\n');
                    }
                }
            }
        }
        if (!noSentence.isEmpty() || !placeless.isEmpty()) {
            b.append("no sentence:\n");
            for (int k : placeless) mention(b, mentions.get(k), found == null ? null : found.get(k), entities);
            for (Statement st : noSentence) statement(b, "statement", st);
        }
        if (!x.reference().isEmpty()) {
            b.append("reference facts (the gazetteer's; written only with --with-reference):\n");
            for (Statement st : x.reference()) statement(b, "reference", st);
        }
        return b.toString();
    }

    private static void mention(StringBuilder b, Mention m, Found f, Map<String, Entity> entities) {
        Entity en = entities.get(m.entityId());
        b.append("  mention ").append(oneLine(m.surface())).append(' ').append(span(m.span())).append(' ').append(m.entityId())
                .append(' ').append(en == null ? "?" : localName(Vocab.classOf(en.kind())))
                .append(" via ").append(m.source());
        if (f != null && f.nested()) b.append(" (inside a longer name: the rules do not see it)");
        b.append('\n');
    }

    private static void statement(StringBuilder b, String label, Statement s) {
        b.append("  ").append(label).append(' ').append(term(s.subject())).append(' ').append(localName(s.property()))
                .append(' ').append(value(s.object()));
        if (s.evidence() != null) {
            b.append("  (rule ").append(s.evidence().rule());
            if (s.evidence().span().length() > 0) b.append(" at ").append(span(s.evidence().span()));
            b.append(')');
        }
        b.append('\n');
    }

    private static String term(String id) {
        return id.equals(Statement.DOCUMENT) ? "doc" : id;
    }

    private static String value(Value v) {
        if (v instanceof Value.EntityRef r) return term(r.id());
        Value.Literal l = (Value.Literal) v;
        if (l.datatype() == null && l.lang() == null && l.lexical().startsWith(Vocab.ZT)) {
            return "zt:" + l.lexical().substring(Vocab.ZT.length()); // a constant of the ontology
        }
        String q = "\"" + oneLine(l.lexical().replace("\\", "\\\\").replace("\"", "\\\"")) + "\"";
        if (l.lang() != null && !l.lang().isEmpty()) return q + "@" + l.lang();
        if (l.datatype() != null) return q + "^^" + (l.datatype().startsWith(Vocab.XSD) ? "xsd:" + l.datatype().substring(Vocab.XSD.length()) : "<" + l.datatype() + ">");
        return q;
    }

    private static String iri(String iri) {
        return iri.startsWith(Vocab.ZTI) ? "zti:" + iri.substring(Vocab.ZTI.length()) : "<" + oneLine(iri) + ">";
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    private static String span(Span s) {
        return s.start() + "-" + s.end();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The text on one line: line breaks, tabs and control characters escaped, as in error messages. */
    private static String oneLine(String s) {
        return ZhituException.oneLine(s);
    }

    /** The index of the sentence whose span holds the original offset, or -1. */
    private static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span sp = sentences.get(mid).span();
            if (offset < sp.start()) hi = mid - 1;
            else if (offset >= sp.end()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
