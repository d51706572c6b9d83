package io.zhitu.core;

import java.util.List;

/**
 * The article found in a loaded document: its body without the page's boilerplate.
 *
 * @param doc       the loaded document (its text stays the original)
 * @param headline  the headline's span in the text, or null when there is none
 * @param dateline  the span of the publication date in the text, or null
 * @param date      that date as xsd lexical form: yyyy-MM-dd, yyyy-MM or yyyy; null when unknown
 * @param body      the kept blocks, headline first when there is one, closing byline included
 */
public record Article(LoadedDocument doc, Span headline, Span dateline, String date, List<Block> body) {}
