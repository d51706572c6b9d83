package io.zhitu.bench;

import java.nio.charset.StandardCharsets;

/**
 * One document of a generated corpus.
 *
 * @param name its file name, {@code doc-00001.txt} for the first
 * @param utf8 its text, UTF-8 encoded
 */
public record GeneratedDoc(String name, byte[] utf8) {
    /** The text, decoded. */
    public String text() { return new String(utf8, StandardCharsets.UTF_8); }

    /** How many chars (UTF-16 units) the text has: the unit of a benchmark's throughput. */
    public long chars() { return text().length(); }
}
