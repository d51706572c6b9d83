package io.zhitu.core;

/**
 * A place where the text names an entity.
 *
 * @param span     in the original text
 * @param entityId the {@link Entity#id()} it refers to
 * @param surface  the text as written (the original script)
 * @param lang     the language tag of the surface: "en" for Latin script, else the document's zh tag
 * @param source   what found it: "gazetteer", "hanlp", or "pattern:{name}"
 */
public record Mention(Span span, String entityId, String surface, String lang, String source) {}
