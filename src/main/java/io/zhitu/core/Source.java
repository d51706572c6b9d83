package io.zhitu.core;

/**
 * One input as the user named it: a path, or "-" for standard input, with its raw bytes.
 *
 * @param name     what error messages call it: the path as given, or "-"
 * @param bytes    the raw content, undecoded
 * @param url      the page's URL when the user gave one (--url), else null
 * @param encoding a charset name the user forced (--encoding), else null to detect
 */
public record Source(String name, byte[] bytes, String url, String encoding) {}
