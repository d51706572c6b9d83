package io.zhitu.relate;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with each mention, parameter count, date and anaphor replaced by a token
 * ({@code \uE000M3\uE001}: slot 3, a model) so that rules read as patterns over kinds.
 * Every char of the tagged text maps back to a range of the simplified text.
 */
final class TaggedSentence {

    /** What a token stands for: entity ids (several for "两款模型"), or a value (a count, a date). */
    record Slot(char kind, List<String> ids, int start, int end, Object value) {}

    final int sentence;
    final StringBuilder text = new StringBuilder();
    final List<Integer> from = new ArrayList<>();
    final List<Integer> to = new ArrayList<>();
    final List<Slot> slots = new ArrayList<>();

    TaggedSentence(int sentence) { this.sentence = sentence; }

    void appendChar(char c, int simplifiedIndex) {
        // the token marks are private-use chars: one in the text itself must not read as a token
        text.append(c == RuleSet.OPEN || c == RuleSet.CLOSE ? '\uFFFD' : c);
        from.add(simplifiedIndex);
        to.add(simplifiedIndex + 1);
    }

    void appendToken(Slot slot) {
        String t = RuleSet.OPEN + String.valueOf(slot.kind()) + slots.size() + RuleSet.CLOSE;
        slots.add(slot);
        for (int i = 0; i < t.length(); i++) {
            text.append(t.charAt(i));
            from.add(slot.start());
            to.add(slot.end());
        }
    }

    /** The slot a token of the tagged text refers to ("\uE000M3\uE001" -> slot 3). */
    Slot slotOf(String token) {
        return slots.get(Integer.parseInt(token.substring(2, token.length() - 1)));
    }

    /** Every token in a matched group (a list binds several). */
    List<Slot> slotsIn(String group) {
        List<Slot> out = new ArrayList<>();
        int i = 0;
        while ((i = group.indexOf(RuleSet.OPEN, i)) >= 0) {
            int j = group.indexOf(RuleSet.CLOSE, i);
            out.add(slotOf(group.substring(i, j + 1)));
            i = j + 1;
        }
        return out;
    }

    int simplifiedStart(int taggedIndex) { return from.get(taggedIndex); }

    int simplifiedEnd(int taggedEndExclusive) { return to.get(taggedEndExclusive - 1); }
}
