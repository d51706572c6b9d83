package io.zhitu.core;

import java.util.List;

/**
 * Everything the pipeline found in one document, ready to become a graph.
 *
 * @param documentIri the article node's IRI (from --url, or a content hash)
 * @param lang        the document's language tag: "zh-Hant", "zh-Hans" or "en"
 * @param article     the cleaned article (its doc's text is the original text)
 * @param sentences   the body's sentences
 * @param entities    every entity mentioned or stated about, sorted by id
 * @param mentions    every mention in text order
 * @param statements  what the text says, each with evidence
 * @param reference   facts the gazetteer knows about these entities (evidence null)
 * @param referenceEntities entities only those facts name (Moonshot AI for a text that names Kimi alone), sorted by id
 */
public record Extraction(String documentIri, String lang, Article article, List<Sentence> sentences,
                         List<Entity> entities, List<Mention> mentions, List<Statement> statements,
                         List<Statement> reference, List<Entity> referenceEntities) {
    public String text() { return article.doc().text(); }
}
