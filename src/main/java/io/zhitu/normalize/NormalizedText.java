package io.zhitu.normalize;

import io.zhitu.core.Scripts;
import io.zhitu.core.Article;
import io.zhitu.core.Sentence;
import io.zhitu.core.Span;

import java.util.List;

/**
 * The article's text as the recognisers see it, and the way back to the original.
 * {@code simplified} is the whole original text converted (Traditional to Simplified, full-width
 * ASCII to ASCII); it can be shorter or longer than the original where a phrase converts to one of
 * another length (士多啤梨 to 草莓), so offsets go through {@link #toOriginal(int, int)}.
 *
 * @param article    the cleaned article (its doc's text is the original)
 * @param simplified the converted text
 * @param origStart  for each char of {@code simplified}, the original offset of the unit it came from
 * @param origEnd    for each char of {@code simplified}, the original end offset of that unit
 * @param lang       "zh-Hant", "zh-Hans" or "en"
 * @param sentences  the body's sentences, spans in original offsets
 * @param simplifiedSentences the same sentences, spans in simplified offsets
 */
public record NormalizedText(Article article, String simplified, int[] origStart, int[] origEnd, String lang,
                             List<Sentence> sentences, List<Span> simplifiedSentences) {

    public String original() { return article.doc().text(); }

    /** Maps a span of {@code simplified} to the span of the original text it came from. */
    public Span toOriginal(int start, int end) {
        if (start >= end) {
            int o = start < origStart.length ? origStart[start] : original().length();
            return new Span(o, o);
        }
        return new Span(origStart[start], origEnd[end - 1]);
    }

    public Span toOriginal(Span s) { return toOriginal(s.start(), s.end()); }

    /** The language tag for a surface written in the original text: "en" for Latin script, else the document's zh tag. */
    public String langOf(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            if (Scripts.isHan(surface.codePointAt(i))) {
                return lang.equals("en") ? "zh-Hans" : lang;
            }
        }
        return "en";
    }
}
