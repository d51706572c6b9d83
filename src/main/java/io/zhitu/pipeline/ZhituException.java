package io.zhitu.pipeline;

/** A user error (bad input, bad option): its message is one line, shown without a stack trace. */
public class ZhituException extends RuntimeException {
    public ZhituException(String message) { super(message); }
    public ZhituException(String message, Throwable cause) { super(message, cause); }
}
