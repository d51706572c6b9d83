package io.zhitu.load;

import io.zhitu.core.Block;
import io.zhitu.core.BlockKind;
import io.zhitu.core.LoadedDocument;
import io.zhitu.core.Source;
import io.zhitu.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decodes an input and cuts it into blocks, so that the cleaner can judge paragraphs and every later
 * stage can point into one text. Thread-safe: it holds no state.
 */
public final class ArticleLoader {
    private static final Pattern HTML_START = Pattern.compile("(?is)^\\s*+(?:<!--.*?-->\\s*+)*+(<!doctype\\s+html|<html|<\\?xml)");
    private static final Pattern HTML_EARLY = Pattern.compile("(?i)<(body|p|div)[\\s>]");

    /**
     * Loads one input.
     *
     * @throws io.zhitu.core.ZhituException naming the source when it is empty, binary, undecodable
     *         or a page without text
     */
    public LoadedDocument load(Source s) {
        String name = s.name();
        if (s.bytes().length == 0) throw Sources.error(name, "empty file");
        String text = Decoding.decode(name, s.bytes(), s.encoding());
        Decoding.checkNotBinary(name, text);
        if (isBlank(text)) throw Sources.error(name, "empty file");

        if (looksLikeHtml(name, text)) {
            HtmlRenderer.Rendered r = HtmlRenderer.render(text, s.url());
            if (r.blocks().isEmpty()) throw Sources.error(name, "HTML page has no text");
            return new LoadedDocument(s, r.text(), true, List.copyOf(r.blocks()), r.title(), r.date(), r.author());
        }
        return new LoadedDocument(s, text, false, lines(text), null, null, null);
    }

    static boolean looksLikeHtml(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) return true;
        String head = text.substring(0, Math.min(text.length(), 2048));
        return HTML_START.matcher(head).find() || HTML_EARLY.matcher(head.substring(0, Math.min(head.length(), 1024))).find();
    }

    /** One block per non-blank line, trimmed of the spaces Chinese and web text pad lines with. */
    static List<Block> lines(String text) {
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int a = start, b = end;
            while (a < b && isSpace(text.charAt(a))) a++;
            while (b > a && isSpace(text.charAt(b - 1))) b--;
            if (a < b) blocks.add(new Block(new Span(a, b), BlockKind.PARAGRAPH, 0));
            if (nl < 0) break;
            start = nl + 1;
        }
        return List.copyOf(blocks);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) if (!isSpace(text.charAt(i))) return false;
        return true;
    }
}
