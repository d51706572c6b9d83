package io.zhitu.core;

/**
 * Why a statement is in the graph.
 *
 * @param sentence the sentence index that states it (-1 for page metadata)
 * @param span     the characters of the original text that state it
 * @param rule     the id of the rule that made it
 */
public record Evidence(int sentence, Span span, String rule) {}
