package io.zhitu.recognize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A char trie over folded names: finds every name that starts at a position of a folded text. It is asked at every
 * position of every sentence, and nearly always fails at the first char, so a node keeps its children in a sorted
 * char array searched without boxing, and nothing is allocated until a name is found.
 */
final class NameTrie {
    private static final class Node {
        char[] chars = new char[0];
        Node[] next = new Node[0];
        String key;

        Node child(char c) {
            int k = Arrays.binarySearch(chars, c);
            return k >= 0 ? next[k] : null;
        }

        Node add(char c) {
            int k = Arrays.binarySearch(chars, c);
            if (k >= 0) return next[k];
            k = -k - 1;
            Node n = new Node();
            char[] cs = new char[chars.length + 1];
            Node[] ns = new Node[next.length + 1];
            System.arraycopy(chars, 0, cs, 0, k);
            System.arraycopy(next, 0, ns, 0, k);
            cs[k] = c;
            ns[k] = n;
            System.arraycopy(chars, k, cs, k + 1, chars.length - k);
            System.arraycopy(next, k, ns, k + 1, next.length - k);
            chars = cs;
            next = ns;
            return n;
        }
    }

    private final Node root = new Node();

    void add(String key) {
        Node n = root;
        for (int i = 0; i < key.length(); i++) n = n.add(key.charAt(i));
        n.key = key;
    }

    /** Keys found at {@code from}, as end offsets paired with the key, shortest first. */
    List<Map.Entry<Integer, String>> matchesAt(CharSequence folded, int from, int limit) {
        List<Map.Entry<Integer, String>> out = List.of();
        Node n = root;
        for (int i = from; i < limit; i++) {
            n = n.child(folded.charAt(i));
            if (n == null) break;
            if (n.key == null) continue;
            if (out.isEmpty()) out = new ArrayList<>(2);
            out.add(Map.entry(i + 1, n.key));
        }
        return out;
    }
}
