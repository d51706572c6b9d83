package io.zhitu.relate;

import io.zhitu.recognize.Lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The literal text a rule's pattern cannot match without, read from the pattern as written: runs of plain chars
 * ("《", "subsidiary"), groups whose every alternative holds such a run, {lex:…} lists. A tagged sentence that
 * lacks one is not handed to the regex, which would otherwise try its lookbehinds and slots at every position
 * only to fail. Reading is conservative: whatever it does not understand (classes, escapes of letters, slots,
 * gaps, lookarounds, optional parts) requires nothing, so a sentence it turns away is one the regex fails on.
 */
final class Anchors {

    private final String when;
    private final Lexicon lexicon;
    private int i;

    private Anchors(String when, Lexicon lexicon) {
        this.when = when;
        this.lexicon = lexicon;
    }

    /** Per element, strings one of which every match holds; empty when nothing is certain. */
    static List<List<String>> of(String when, Lexicon lexicon) {
        // a flag such as (?i) changes how every later char matches: then nothing is read as literal
        if (when.matches("(?s).*\\(\\?[a-zA-Z-]+\\).*") || when.contains("\\Q")) return List.of();
        Anchors a = new Anchors(when, lexicon);
        List<List<String>> out = a.alternation();
        return a.i == when.length() ? out : List.of(); // a stray ')': not a pattern this reads
    }

    /** Alternatives up to the ')' that closes the group (or the end): what every one of them needs. */
    private List<List<String>> alternation() {
        List<List<List<String>>> alternatives = new ArrayList<>();
        alternatives.add(sequence());
        while (i < when.length() && when.charAt(i) == '|') {
            i++;
            alternatives.add(sequence());
        }
        if (alternatives.size() == 1) return alternatives.get(0);
        // each alternative gives its most selective need; the group needs one string of their union
        LinkedHashSet<String> any = new LinkedHashSet<>();
        for (List<List<String>> alt : alternatives) {
            if (alt.isEmpty()) return List.of();
            any.addAll(alt.stream().max(Comparator.comparingInt(Anchors::shortest)).orElseThrow());
        }
        return List.of(List.copyOf(any));
    }

    private static int shortest(List<String> strings) {
        return strings.stream().mapToInt(String::length).min().orElse(0);
    }

    /** Atoms up to a '|' or ')' of this level. */
    private List<List<String>> sequence() {
        List<List<String>> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        while (i < when.length()) {
            char c = when.charAt(i);
            if (c == '|' || c == ')') break;
            List<List<String>> needs = List.of();
            boolean literal = false;
            if (c == '(') {
                i++;
                // a group whose text is part of the match, or a lookaround or a group with flags, whose is not
                boolean plain = true;
                if (when.startsWith("?<=", i) || when.startsWith("?<!", i)) { i += 3; plain = false; }
                else if (when.startsWith("?=", i) || when.startsWith("?!", i)) { i += 2; plain = false; }
                else if (when.startsWith("?:", i) || when.startsWith("?>", i)) i += 2;
                else if (when.startsWith("?<", i)) i = when.indexOf('>', i) + 1;
                else if (when.startsWith("?", i)) { i = when.indexOf(':', i) + 1; plain = false; }
                if (i <= 0) return List.of();
                List<List<String>> inner = alternation();
                if (i >= when.length()) return List.of(); // unclosed: not read
                i++; // ')'
                if (plain) needs = inner;
            } else if (c == '[') {
                skipClass();
            } else if (c == '{' && i + 1 < when.length() && !Character.isDigit(when.charAt(i + 1))) {
                int end = when.indexOf('}', i);
                if (end < 0) return List.of();
                if (when.startsWith("{lex:", i)) needs = List.of(List.copyOf(lexicon.get(when.substring(i + 5, end))));
                i = end + 1; // a slot names a mention, never literal text
            } else if (c == '\\') {
                literal = escape();
                if (literal) run.append(when.charAt(i - 1));
            } else if (c == '.' || c == '^' || c == '$' || c == '…' || Character.isSurrogate(c)) {
                i++; // a char outside the BMP is not read: a quantifier after it would take both its halves
            } else {
                run.append(c);
                literal = true;
                i++;
            }
            int min = quantifier();
            if (literal && min == 0) run.setLength(run.length() - 1);
            if (!literal || min >= 0) flush(run, out); // a char repeated or left out ends the run
            if (min != 0) out.addAll(needs);
        }
        flush(run, out);
        return out;
    }

    private static void flush(StringBuilder run, List<List<String>> out) {
        if (!run.isEmpty()) out.add(List.of(run.toString()));
        run.setLength(0);
    }

    /** Reads a quantifier after an atom: its minimum, or -1 when there is none. */
    private int quantifier() {
        if (i >= when.length()) return -1;
        char c = when.charAt(i);
        int min;
        if (c == '?' || c == '*') {
            min = 0;
            i++;
        } else if (c == '+') {
            min = 1;
            i++;
        } else if (c == '{' && i + 1 < when.length() && Character.isDigit(when.charAt(i + 1))) {
            int end = when.indexOf('}', i);
            String body = when.substring(i + 1, end);
            int comma = body.indexOf(',');
            min = Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
            i = end + 1;
        } else {
            return -1;
        }
        if (i < when.length() && (when.charAt(i) == '?' || when.charAt(i) == '+')) i++; // lazy or possessive
        return min;
    }

    /** Reads an escape; true when it stands for its own char (an escaped sign), false for a class or an anchor. */
    private boolean escape() {
        char e = when.charAt(i + 1);
        i += 2;
        if (!Character.isLetterOrDigit(e)) return true;
        if ((e == 'p' || e == 'P' || e == 'x') && i < when.length() && when.charAt(i) == '{') i = when.indexOf('}', i) + 1;
        else if (e == 'p' || e == 'P') i++;
        else if (e == 'k') i = when.indexOf('>', i) + 1;
        else if (e == 'u') i += 4;
        else if (e == 'x') i += 2;
        else if (e == 'c') i++;
        else while (Character.isDigit(e) && i < when.length() && Character.isDigit(when.charAt(i))) i++;
        return false;
    }

    private void skipClass() {
        int depth = 0;
        for (; i < when.length(); i++) {
            char c = when.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '[') depth++;
            else if (c == ']' && --depth == 0) { i++; return; }
        }
    }
}
