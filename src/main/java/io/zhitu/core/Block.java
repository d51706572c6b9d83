package io.zhitu.core;

/**
 * A paragraph-like unit of a document's text (a line of a text file, a block element of a page).
 *
 * @param span        where it lies in {@link LoadedDocument#text()}, trimmed of surrounding whitespace
 * @param kind        the markup's hint, {@link BlockKind#PARAGRAPH} for plain text
 * @param linkChars   how many of its characters are link text (0 for plain text)
 */
public record Block(Span span, BlockKind kind, int linkChars) {}
