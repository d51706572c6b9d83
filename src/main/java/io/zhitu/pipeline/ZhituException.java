package io.zhitu.pipeline;

/**
 * A user error (bad input, bad option, a store in use, an endpoint that refuses): its message is one
 * line, shown without a stack trace, and it carries the exit code the command ends with.
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
    public ZhituException(String message, Throwable cause) { super(message, cause); this.exitCode = FAILURE; }
    public ZhituException(String message, int exitCode) { super(message); this.exitCode = exitCode; }
    public ZhituException(String message, int exitCode, Throwable cause) { super(message, cause); this.exitCode = exitCode; }

    /** The exit code the command ends with. */
    public int exitCode() { return exitCode; }
}
