package io.zhitu.pipeline;

/**
 * A user error (bad input, bad option): its message is one line, shown without a stack trace.
 * Whatever it quotes (a file name, an encoding the user typed, an I/O cause) is made one line here,
 * so that no input can break the message across lines or hide control characters in a terminal.
 */
public class ZhituException extends RuntimeException {
    public ZhituException(String message) { super(oneLine(message)); }
    public ZhituException(String message, Throwable cause) { super(oneLine(message), cause); }

    /**
     * The text with line breaks, tabs and other control characters escaped Java-style ({@code \n},
     * {@code \t}, {@code \u0000}); line and paragraph separators too. Everything else is kept as written.
     */
    public static String oneLine(String s) {
        if (s == null) return null;
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        || Character.getType(c) == Character.FORMAT && c != '\u200D' && c != '\u200C'
                        ? String.format("\\u%04X", (int) c) : null;
            };
            if (esc == null) {
                if (b != null) b.append(c);
            } else {
                if (b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
                b.append(esc);
            }
        }
        return b == null ? s : b.toString();
    }
}
