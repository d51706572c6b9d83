package io.zhitu.view;

import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for the data a page carries inside a {@code <script>} element: objects keep the
 * order they are given (so that the bytes are the same every time), and {@code <}, {@code >}, {@code &}
 * and the line separators are written as {@code \\uXXXX} escapes, so that no text of the graph can end
 * the script element ({@code </script>}), open a comment in it ({@code <!--}) or break a line of JavaScript.
 */
final class Json {
    private Json() {}

    /** Writes a value: null, a String, a Number, a Boolean, a List, or a Map with String keys. */
    static void write(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            string(b, s);
        } else if (v instanceof Integer || v instanceof Long) {
            b.append(v);
        } else if (v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Number n) {
            throw new IllegalArgumentException("only whole numbers are written, not " + n);
        } else if (v instanceof List<?> list) {
            b.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) b.append(',');
                write(b, list.get(i));
            }
            b.append(']');
        } else if (v instanceof Map<?, ?> map) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) b.append(',');
                first = false;
                string(b, (String) e.getKey());
                b.append(':');
                write(b, e.getValue());
            }
            b.append('}');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
        }
    }

    static String toJson(Object v) {
        StringBuilder b = new StringBuilder();
        write(b, v);
        return b.toString();
    }

    static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> unicode(b, c);
                default -> {
                    if (c < 0x20 || c == 0x7f) unicode(b, c);
                    else b.append(c);
                }
            }
        }
        b.append('"');
    }

    private static void unicode(StringBuilder b, char c) {
        b.append(String.format("\\u%04x", (int) c));
    }
}
