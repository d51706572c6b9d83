package io.zhitu.recognize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.*;

/** The word lists of {@code ontology/rules/lexicon.tsv}, by category; words sorted longest first for matching. */
public final class Lexicon {
    private final Map<String, List<String>> words = new HashMap<>();
    /** Per category, its words by first and by last character, longest first: prefixAt and suffixOf run at every position of a text. */
    private final Map<String, Map<Character, List<String>>> byFirst = new HashMap<>(), byLast = new HashMap<>();
    /** Per category, the chars its words open with: most positions open none, and are turned away without a boxed lookup. */
    private final Map<String, BitSet> firstChars = new HashMap<>();
    private final Map<String, Set<String>> sets = new HashMap<>();

    public static Lexicon standard() {
        String path = "ontology/rules/lexicon.tsv";
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException(path + " is missing from the classpath");
            return read(path, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Lexicon read(String name, InputStream in) throws IOException {
        Lexicon lx = new Lexicon();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        boolean header = false;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            if (!header) {
                if (!line.equals("category\tword")) throw new IllegalStateException(name + ":" + n + ": header must be 'category<TAB>word'");
                header = true;
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 2 || c[1].isBlank()) throw new IllegalStateException(name + ":" + n + ": expected 'category<TAB>word'");
            lx.words.computeIfAbsent(c[0].trim(), k -> new ArrayList<>()).add(c[1].trim());
        }
        for (Map.Entry<String, List<String>> e : lx.words.entrySet()) {
            List<String> l = e.getValue();
            l.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            Map<Character, List<String>> first = new HashMap<>(), last = new HashMap<>();
            BitSet firsts = new BitSet();
            for (String w : l) {
                firsts.set(w.charAt(0));
                first.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
                last.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
            }
            lx.byFirst.put(e.getKey(), first);
            lx.firstChars.put(e.getKey(), firsts);
            lx.byLast.put(e.getKey(), last);
            lx.sets.put(e.getKey(), new HashSet<>(l));
        }
        return lx;
    }

    /** The words of a category, longest first; empty when the category is unknown. */
    public List<String> get(String category) { return words.getOrDefault(category, List.of()); }

    public boolean contains(String category, String word) { return sets.getOrDefault(category, Set.of()).contains(word); }

    /** The longest word of the category that {@code text} ends with, or null. */
    public String suffixOf(String category, String text) {
        if (text.isEmpty()) return null;
        List<String> cands = byLast.getOrDefault(category, Map.of()).get(text.charAt(text.length() - 1));
        if (cands == null) return null;
        for (String w : cands) if (text.endsWith(w)) return w;
        return null;
    }

    /** The longest word of the category that {@code text} starts with (at {@code from}), or null. */
    public String prefixAt(String category, String text, int from) {
        if (from >= text.length()) return null;
        BitSet firsts = firstChars.get(category);
        if (firsts == null || !firsts.get(text.charAt(from))) return null;
        List<String> cands = byFirst.get(category).get(text.charAt(from));
        for (String w : cands) if (text.startsWith(w, from)) return w;
        return null;
    }

    /** A regex alternation of the category's words, longest first, quoted. */
    public String alternation(String category) {
        StringJoiner j = new StringJoiner("|", "(?:", ")");
        for (String w : get(category)) j.add(java.util.regex.Pattern.quote(w));
        return j.toString();
    }
}
