package io.zhitu.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A char trie over folded names: finds every name that starts at a position of a folded text. */
final class NameTrie {
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        String key;
    }

    private final Node root = new Node();

    void add(String key) {
        Node n = root;
        for (int i = 0; i < key.length(); i++) n = n.next.computeIfAbsent(key.charAt(i), c -> new Node());
        n.key = key;
    }

    /** Keys found at {@code from}, as end offsets paired with the key, shortest first. */
    List<Map.Entry<Integer, String>> matchesAt(CharSequence folded, int from, int limit) {
        List<Map.Entry<Integer, String>> out = new ArrayList<>(2);
        Node n = root;
        for (int i = from; i < limit; i++) {
            n = n.next.get(folded.charAt(i));
            if (n == null) break;
            if (n.key != null) out.add(Map.entry(i + 1, n.key));
        }
        return out;
    }
}
