package io.zhitu.relate;

import io.zhitu.recognize.Lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads and compiles the relation rules. A rule's pattern is a Java regular expression over a
 * sentence in which every mention has been replaced by a token of its kind, plus these slots:
 * <ul>
 *   <li>{@code {Org:o}} a mention of that kind bound to {@code o}; kinds Org, Model, Person, License, Country,
 *       Platform, Benchmark, Report, Entity (any), Number (a parameter count), Date; {@code {Platform|Benchmark:p}}
 *       either; {@code {Model+:m}} a list ("A、B和C") binding every member; no name: not bound</li>
 *   <li>{@code {Title:t}} a Chinese job title (a lexicon title with up to 8 qualifying characters, 兼 joins two);
 *       {@code {TitleEn:t}} an English one</li>
 *   <li>{@code {lex:category}} any word of that lexicon category</li>
 *   <li>{@code …} a gap of up to 40 characters, {@code ……} up to 120, never crossing the sentence end nor a
 *       mention of a kind the rule binds</li>
 *   <li>{@code (?<n>...)} a named group of raw text, e.g. a count of authors</li>
 * </ul>
 * Java's regex engine recurses once per repetition of a group, so a list of a thousand names would
 * overflow the stack: lists are possessive (they never give a member back, and no rule needs them to),
 * titles are bounded, and a rule that repeats a group of its own must bound it or make it possessive.
 */
public final class RuleSet {

    /** Private-use characters that open and close a token in a tagged sentence. */
    public static final char OPEN = '\uE000', CLOSE = '\uE001';

    /** Kind names to the token letters of {@link TaggedSentence}. */
    public static final Map<String, Character> KINDS = Map.ofEntries(
            Map.entry("Org", 'O'), Map.entry("Person", 'P'), Map.entry("Model", 'M'), Map.entry("License", 'L'),
            Map.entry("Country", 'C'), Map.entry("Platform", 'F'), Map.entry("Benchmark", 'B'), Map.entry("Report", 'R'),
            Map.entry("Number", 'N'), Map.entry("Date", 'D'));
    private static final String ENTITY_LETTERS = "OPMLCFBR";

    public static final Set<String> PROPERTIES = Set.of("developedBy", "partOfFamily", "parentOrganization", "affiliation",
            "jobTitle", "author", "authorCount", "publisher", "datePublished", "name", "about", "license",
            "totalParameters", "activeParameters", "architecture", "country", "outperforms", "rankedFirstOn");

    /** The most job titles one {Title} slot joins ("创始人兼首席执行官" is two). */
    static final int MAX_TITLES = 8;

    /** A group repeated by an unbounded greedy or lazy * or + in a rule's own text: "(?:上|中)*". */
    private static final Pattern UNBOUNDED_GROUP = Pattern.compile("(?<!\\\\)\\)[*+](?!\\+)");

    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z|]+)(\\+{1,2})?(?::([A-Za-z][A-Za-z0-9]*))?}|\\{lex:([a-z\\-]+)}|……|…");

    private final List<Rule> rules = new ArrayList<>();

    public List<Rule> rules() { return Collections.unmodifiableList(rules); }

    public static RuleSet standard(Lexicon lexicon) {
        String path = "ontology/rules/relations.rules";
        try (InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException(path + " is missing from the classpath");
            return read(path, in, lexicon);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses blocks of "key: value" lines separated by blank lines; keys rule, when, then, where, note. */
    public static RuleSet read(String file, InputStream in, Lexicon lexicon) throws IOException {
        RuleSet set = new RuleSet();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> block = new LinkedHashMap<>();
        int blockLine = 0, n = 0;
        String line;
        Set<String> ids = new HashSet<>();
        while (true) {
            line = r.readLine();
            n++;
            if (line == null || line.isBlank()) {
                if (!block.isEmpty()) {
                    Rule rule = set.compile(file + ":" + blockLine, block, lexicon);
                    if (!ids.add(rule.id())) throw new IllegalStateException(file + ":" + blockLine + ": duplicate rule id " + rule.id());
                    set.rules.add(rule);
                    block.clear();
                }
                if (line == null) break;
                continue;
            }
            if (line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            if (colon < 1) throw new IllegalStateException(file + ":" + n + ": expected 'key: value'");
            if (block.isEmpty()) blockLine = n;
            String key = line.substring(0, colon).trim();
            if (!Set.of("rule", "when", "then", "where", "note").contains(key)) {
                throw new IllegalStateException(file + ":" + n + ": unknown key '" + key + "'");
            }
            block.merge(key, line.substring(colon + 1).trim(), (a, b) -> a + " " + b);
        }
        return set;
    }

    private Rule compile(String where, Map<String, String> block, Lexicon lexicon) {
        String id = block.get("rule"), when = block.get("when"), then = block.get("then");
        if (id == null || when == null || then == null) throw new IllegalStateException(where + ": a rule needs rule, when and then");
        String scope = block.getOrDefault("where", "any");
        if (!scope.equals("any") && !scope.equals("byline")) throw new IllegalStateException(where + ": where must be any or byline");
        if (UNBOUNDED_GROUP.matcher(when).find()) {
            throw new IllegalStateException(where + ": a repeated group needs a bound, e.g. {0,8}, or a possessive *+");
        }
        Set<String> bound = new HashSet<>();
        Map<String, String> slotLetters = new HashMap<>();
        StringBuilder letters = new StringBuilder();
        Matcher pre = SLOT.matcher(when);
        while (pre.find()) {
            if (pre.group(1) != null) for (String k : pre.group(1).split("\\|")) {
                Character c = KINDS.get(k);
                if (c != null && ENTITY_LETTERS.indexOf(c) >= 0) letters.append(c);
            }
        }
        String gapExclude = letters.length() == 0 ? "" : "(?!" + OPEN + "[" + letters + "])";
        StringBuilder regex = new StringBuilder();
        Matcher m = SLOT.matcher(when);
        int last = 0;
        while (m.find()) {
            regex.append(when, last, m.start());
            last = m.end();
            if (m.group().equals("…")) {
                regex.append("(?:").append(gapExclude).append("[^。!?\\n]){0,40}?");
            } else if (m.group().equals("……")) {
                regex.append("(?:").append(gapExclude).append("[^。!?\\n]){0,120}?");
            } else if (m.group(4) != null) {
                if (lexicon.get(m.group(4)).isEmpty()) throw new IllegalStateException(where + ": unknown lexicon category " + m.group(4));
                regex.append(lexicon.alternation(m.group(4)));
            } else {
                String kinds = m.group(1), name = m.group(3);
                boolean list = m.group(2) != null;
                // {Model++:b}: a list whose members may carry their owner and a qualifier ("A、Anthropic 的 B 的非推理版本以及 C")
                boolean owned = list && m.group(2).length() == 2;
                String body;
                if (kinds.equals("Title")) {
                    String t = lexicon.alternation("job-title");
                    // a model may head the title: 小米MiMo大模型负责人 is the head of the MiMo model
                    body = "(?:(?:" + OPEN + "M\\d+" + CLOSE + ")?(?:[\\p{IsHan}A-Za-z]|\\s?\\([A-Za-z]{1,6}\\)\\s?){0,9}?" + t + ")(?:(?:兼|、|和|及|/)[\\p{IsHan}A-Za-z]{0,8}?" + t + "(?![\\p{IsHan}A-Za-z])){0,"
                            + (MAX_TITLES - 1) + "}";
                } else if (kinds.equals("TitleEn")) {
                    // "chief AI scientist", "principal research engineer": qualifiers and a field before the title word
                    String one = "(?:(?:AI|ML)\\s(?=[a-z]))?(?:(?:senior|chief|deputy|associate|assistant|principal|lead|staff|distinguished|founding|co-)\\s?){0,2}"
                            + "(?:(?:AI|ML|research|technology|technical|product|data)\\s)?" + lexicon.alternation("job-title-en");
                    body = "(?i:" + one + "(?:(?:\\sand\\s|,\\s|\\s&\\s)" + one + "){0," + (MAX_TITLES - 1) + "})";
                } else {
                    StringBuilder cls = new StringBuilder();
                    for (String k : kinds.split("\\|")) {
                        if (k.equals("Entity")) { cls.append(ENTITY_LETTERS); continue; }
                        Character c = KINDS.get(k);
                        if (c == null) throw new IllegalStateException(where + ": unknown slot kind '" + k + "'");
                        cls.append(c);
                    }
                    // bounded, so that a slot may stand in a lookbehind: (?<!{Entity},\\sand\\s)
                    String token = OPEN + "[" + cls + "]\\d{1,5}" + CLOSE;
                    // possessive: a list of a thousand names is matched in a loop, not a recursion per member
                    // members may stand in quotes: 「gpt-oss-120b」和「gpt-oss-20b」
                    String owner = owned ? "(?:" + OPEN + "O\\d+" + CLOSE + "\\s*+(?:的|'s|’s)?\\s*+(?=" + OPEN + "[" + cls + "]))?+" : "";
                    String qualifier = owned ? "(?:\\s*+的[\\u4e00-\\u9fff]{1,6}(?=\\s*(?:、|,|和|与|及|以及)))?+" : "";
                    // or a space alone between two names of one thing: 百灵大模型 Ling 2.0 (a Chinese name, then the Latin one)
                    // a ticker may follow each member: Google(GOOGL-US)、微软 (MSFT-US)
                    String ticker = "(?:\\s?[(][A-Z0-9.:\\- ]{2,16}[)])?+";
                    body = list ? token + ticker + "(?:" + qualifier + "[」”\"』]?+(?:\\s*+(?:、|,|和|与|及|以及|and|or|, and)\\s*+(?:the\\s)?+|\\s(?=" + OPEN + "))[「“\"『]?+" + owner + token + ticker + ")*+" : token;
                }
                if (name != null && !kinds.equals("Title") && !kinds.equals("TitleEn")) {
                    StringBuilder ls = new StringBuilder();
                    for (String k : kinds.split("\\|")) ls.append(k.equals("Entity") ? ENTITY_LETTERS : String.valueOf(KINDS.get(k)));
                    slotLetters.put(name, ls.toString());
                }
                if (name != null) {
                    if (!bound.add(name)) throw new IllegalStateException(where + ": slot name '" + name + "' used twice");
                    regex.append("(?<").append(name).append(">").append(body).append(")");
                } else {
                    regex.append("(?:").append(body).append(")");
                }
            }
        }
        regex.append(when.substring(last));
        Pattern p;
        try {
            p = Pattern.compile(regex.toString());
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(where + ": bad pattern: " + e.getDescription());
        }
        Matcher named = Pattern.compile("\\(\\?<([A-Za-z][A-Za-z0-9]*)>").matcher(when);
        while (named.find()) bound.add(named.group(1));
        List<Rule.Emit> emits = new ArrayList<>();
        for (String e : then.split(";")) {
            String[] t = e.trim().split("\\s+");
            if (t.length != 3) throw new IllegalStateException(where + ": 'then' needs 'subject property object', got '" + e.trim() + "'");
            if (!PROPERTIES.contains(t[1])) throw new IllegalStateException(where + ": unknown property '" + t[1] + "'");
            for (String term : List.of(t[0], t[2])) {
                if (!term.equals("doc") && !term.startsWith("zt:") && !bound.contains(term)) {
                    throw new IllegalStateException(where + ": '" + term + "' is not bound by the pattern");
                }
            }
            emits.add(new Rule.Emit(t[0], t[1], t[2]));
        }
        List<List<String>> needs = new ArrayList<>();
        for (Rule.Emit e : emits) {
            List<String> need = new ArrayList<>();
            for (String term : List.of(e.subject(), e.object())) if (slotLetters.containsKey(term)) need.add(slotLetters.get(term));
            needs.add(List.copyOf(need));
        }
        List<List<String>> words = new ArrayList<>();
        for (String cat : requiredCategories(when)) words.add(lexicon.get(cat));
        return new Rule(id, when, p, List.copyOf(emits), scope, List.copyOf(needs), opens(when), List.copyOf(words),
                Anchors.of(when, lexicon));
    }

    /**
     * The {lex:…} categories a pattern needs wherever it matches: those at its top level, outside any group and
     * not made optional. A pattern with an alternation at its top level needs none.
     */
    static List<String> requiredCategories(String when) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < when.length(); i++) {
            char c = when.charAt(i);
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) return List.of();
            else if (c == '{' && depth == 0 && when.startsWith("{lex:", i)) {
                int end = when.indexOf('}', i);
                char next = end + 1 < when.length() ? when.charAt(end + 1) : ' ';
                if (next != '?' && next != '*' && next != '{') out.add(when.substring(i + 5, end));
                i = end;
            } else if (c == '{' && depth == 0) {
                int end = when.indexOf('}', i);
                if (end > i) i = end; // a slot or a quantifier
            }
        }
        return out;
    }

    /** The letters of the mention a pattern opens with, after its lookbehinds; null when it opens with anything else. */
    static String opens(String when) {
        int i = 0;
        while (when.startsWith("(?<!", i) || when.startsWith("(?<=", i)) {
            int depth = 0;
            boolean inClass = false;
            int j = i;
            for (; j < when.length(); j++) {
                char c = when.charAt(j);
                if (c == '\\') { j++; continue; }
                if (inClass) { if (c == ']') inClass = false; continue; }
                if (c == '[') inClass = true;
                else if (c == '(') depth++;
                else if (c == ')' && --depth == 0) break;
            }
            if (j >= when.length()) return null;
            i = j + 1;
        }
        Matcher m = SLOT.matcher(when);
        m.region(i, when.length());
        if (!m.lookingAt() || m.group(1) == null) return null;
        StringBuilder letters = new StringBuilder();
        for (String k : m.group(1).split("\\|")) {
            if (k.equals("Entity")) { letters.append(ENTITY_LETTERS); continue; }
            Character c = KINDS.get(k);
            if (c == null) return null; // Title, TitleEn: raw text, not a mention
            letters.append(c);
        }
        return letters.toString();
    }
}
