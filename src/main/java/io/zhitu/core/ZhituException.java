package io.zhitu.core;

/**
 * A user error (bad input, bad option, a store in use, an endpoint that refuses): its message is one
 * line, shown without a stack trace, and it carries the exit code the command ends with.
 * Whatever it quotes (a file name, an encoding the user typed, an I/O cause) is made one line here,
 * so that no input can break the message across lines or hide control characters in a terminal.
 */
public class ZhituException extends RuntimeException {
    /** Exit code of a failure: unreadable input, nothing extracted, a query that fails. */
    public static final int FAILURE = 1;
    /** Exit code of a store that is locked by another process, or a folder that is not a store. */
    public static final int STORE = 3;
    /** Exit code of a remote endpoint that cannot be reached or refuses, or a port in use. */
    public static final int REMOTE = 4;

    private final int exitCode;

    public ZhituException(String message) { this(message, FAILURE); }
    public ZhituException(String message, Throwable cause) { super(oneLine(message), cause); this.exitCode = FAILURE; }
    public ZhituException(String message, int exitCode) { super(oneLine(message)); this.exitCode = exitCode; }
    public ZhituException(String message, int exitCode, Throwable cause) { super(oneLine(message), cause); this.exitCode = exitCode; }

    /** The exit code the command ends with. */
    public int exitCode() { return exitCode; }

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
