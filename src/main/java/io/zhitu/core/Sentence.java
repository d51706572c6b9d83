package io.zhitu.core;

/**
 * A sentence of the article body.
 *
 * @param index position in the document, from 0
 * @param span  where it lies in the original text
 * @param block index of the body block it belongs to
 */
public record Sentence(int index, Span span, int block) {}
