package io.zhitu.load;

import io.zhitu.core.Block;
import io.zhitu.core.BlockKind;
import io.zhitu.core.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a page as the lines a reader sees, one per block element, because the cleaner judges
 * paragraphs, and every later offset must point into one plain text rather than into markup.
 */
final class HtmlRenderer {
    /** Elements that never hold article text a reader sees. */
    private static final String INVISIBLE =
            "script, style, noscript, template, svg, iframe, button, select, textarea, object, embed, canvas, "
            + "[hidden], [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "legend", "option");

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    /** What a page renders to: its text and blocks, and what its metadata says. */
    record Rendered(String text, List<Block> blocks, String title, String date, String author) {}

    private HtmlRenderer() {}

    static Rendered render(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        String title = pageTitle(doc);
        String date = pageDate(doc); // before scripts go: JSON-LD lives in one
        String author = pageAuthor(doc);

        doc.select(INVISIBLE).remove();
        for (Element form : doc.select("form")) {
            // some sites wrap the whole page in one form: keep that one
            if (form.selectFirst("p, article") == null) form.remove();
        }

        Renderer r = new Renderer();
        NodeTraversor.traverse(r, doc.body());
        r.flush();
        return new Rendered(r.text.toString(), r.blocks, title, date, author);
    }

    /** Walks the DOM, gathering inline text into the line of the innermost block element. */
    private static final class Renderer implements NodeVisitor {
        final StringBuilder text = new StringBuilder();
        final List<Block> blocks = new ArrayList<>();
        final Deque<BlockKind> kinds = new ArrayDeque<>(List.of(BlockKind.OTHER));
        final StringBuilder line = new StringBuilder();
        int lineLinks;
        int linkDepth;
        int preDepth;

        @Override public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) flush();
                else if (tag.equals("a")) linkDepth++;
                if (BLOCKS.contains(tag)) {
                    flush();
                    kinds.push(kindOf(tag));
                    if (tag.equals("pre")) preDepth++;
                }
            }
        }

        @Override public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            String tag = e.normalName();
            if (tag.equals("a")) linkDepth--;
            if (BLOCKS.contains(tag)) {
                flush();
                kinds.pop();
                if (tag.equals("pre")) preDepth--;
            }
        }

        private void append(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n' && preDepth > 0) {
                    flush();
                } else if (Character.isWhitespace(c) || c == '\u00A0' || Character.isISOControl(c)) {
                    if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') line.append(' ');
                } else {
                    line.append(c);
                    if (linkDepth > 0) lineLinks++;
                }
            }
        }

        void flush() {
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') end--;
            if (end > 0) {
                if (!text.isEmpty()) text.append('\n');
                int start = text.length();
                text.append(line, 0, end);
                blocks.add(new Block(new Span(start, text.length()), kinds.peek(), Math.min(lineLinks, end)));
            }
            line.setLength(0);
            lineLinks = 0;
        }
    }

    private static BlockKind kindOf(String tag) {
        return switch (tag) {
            case "h1" -> BlockKind.TITLE;
            case "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
            case "li" -> BlockKind.LIST_ITEM;
            case "p" -> BlockKind.PARAGRAPH;
            default -> BlockKind.OTHER;
        };
    }

    private static String pageTitle(Document doc) {
        String og = meta(doc, "meta[property=og:title]");
        if (og != null) return og;
        String t = collapse(doc.title());
        return t.isEmpty() ? null : t;
    }

    private static String pageDate(Document doc) {
        for (String q : List.of("meta[property=article:published_time]", "meta[name=article:published_time]",
                "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
                "meta[name=publish_date]", "meta[name=publication_date]", "meta[property=og:published_time]",
                "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]")) {
            String d = isoDate(meta(doc, q));
            if (d != null) return d;
        }
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            Matcher m = LD_DATE.matcher(ld.data());
            if (m.find()) {
                String d = isoDate(m.group(1));
                if (d != null) return d;
            }
        }
        for (Element time : doc.select("time[datetime]")) {
            String d = isoDate(time.attr("datetime"));
            if (d != null) return d;
        }
        return null;
    }

    private static String pageAuthor(Document doc) {
        for (String q : List.of("meta[name=author]", "meta[property=article:author]", "meta[name=article:author]")) {
            String a = meta(doc, q);
            if (a != null && !a.contains("://") && !a.toLowerCase(Locale.ROOT).startsWith("www.")) return a;
        }
        return null;
    }

    private static String meta(Document doc, String query) {
        Element e = doc.selectFirst(query);
        if (e == null) return null;
        String v = collapse(e.attr("content"));
        return v.isEmpty() ? null : v;
    }

    /** The yyyy-MM-dd of a date or timestamp written year first, or null. */
    static String isoDate(String s) {
        if (s == null) return null;
        Matcher m = ISO_DATE.matcher(s);
        if (!m.find()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String collapse(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00A0\\u3000]+", " ").trim();
    }
}
