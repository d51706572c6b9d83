package io.zhitu.core;

import java.util.List;

/**
 * A decoded input. {@code text} is the "original text" that every offset of the graph points into:
 * the decoded file for plain text (BOM removed), the rendered text of the page for HTML.
 *
 * @param source     where it came from
 * @param text       the original text
 * @param html       whether it was parsed as HTML
 * @param blocks     its paragraph-like units in document order
 * @param pageTitle  the HTML {@code <title>} or og:title, else null
 * @param pageDate   an ISO date (yyyy-MM-dd) from the page's metadata, else null
 * @param pageAuthor an author name from the page's metadata, else null
 */
public record LoadedDocument(Source source, String text, boolean html, List<Block> blocks,
                             String pageTitle, String pageDate, String pageAuthor) {}
