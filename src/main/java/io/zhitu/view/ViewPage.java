package io.zhitu.view;

import io.zhitu.core.Vocab;
import io.zhitu.core.ZhituException;
import io.zhitu.rdf.RdfWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link GraphView} as one HTML page that needs nothing else: the data, the page's script and
 * Apache ECharts (read from its webjar on the classpath) are inlined, so the file opens from a disk, a mail
 * or a machine with no network, and the same view always gives the same bytes. The graph is drawn by
 * ECharts' force layout started from its circular layout, which uses no random numbers, so the picture is
 * the same each time it is opened too.
 */
public final class ViewPage {
    private ViewPage() {}

    /** The ECharts release inlined (the webjar of the same version is a dependency). */
    public static final String ECHARTS_VERSION = "5.3.1";
    /** Where its script lies on the classpath. */
    public static final String ECHARTS_RESOURCE = "META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js";

    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-zA-Z]+)\\}\\}");
    private static final Pattern UNSAFE_IN_SCRIPT = Pattern.compile("</script|<!--", Pattern.CASE_INSENSITIVE);

    private static String echarts;

    /** The page, as text. */
    public static String html(GraphView view) {
        Map<String, String> words = ViewText.of(view.lang());
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("lang", escape(view.lang().tag));
        slots.put("title", escape(view.title()));
        slots.put("counts", escape(view.shownNodes() + " " + words.get("nodes") + " \u00b7 " + view.shownEdges() + " " + words.get("edges")));
        slots.put("limit", view.limited()
                ? "<p id=\"limit\" class=\"note\">" + escape(limitNote(view, words)) + "</p>"
                : "");
        slots.put("search", escape(words.get("search")));
        slots.put("hint", escape(view.totalNodes() == 0 ? words.get("empty") : words.get("hint")));
        slots.put("css", resource("io/zhitu/view/view.css"));
        slots.put("data", Json.toJson(data(view, words)));
        slots.put("echarts", script(echarts(), ECHARTS_RESOURCE));
        slots.put("script", script(resource("io/zhitu/view/view.js"), "io/zhitu/view/view.js"));
        String template = resource("io/zhitu/view/view.html");
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + slots.get("echarts").length() + slots.get("data").length() + 4096);
        int at = 0;
        while (m.find()) {
            String value = slots.get(m.group(1));
            if (value == null) throw new IllegalStateException("view.html: unknown slot " + m.group());
            out.append(template, at, m.start()).append(value);
            at = m.end();
        }
        out.append(template, at, template.length());
        return out.toString();
    }

    /** The page, as UTF-8 bytes. */
    public static byte[] bytes(GraphView view) {
        return html(view).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the page to a file under a temporary name, then renames it: a failure leaves no half page.
     *
     * @throws ZhituException {@code FILE: cannot write (…)}, or when its folder is missing
     */
    public static void write(byte[] page, Path target) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) throw new ZhituException(target + ": no such folder " + dir);
        if (Files.isDirectory(target)) throw new ZhituException(target + ": is a directory, not a file");
        Path temp = null;
        try {
            // not Files.createTempFile: its owner-only permissions would stay on a page meant to be shared
            temp = (dir == null ? Path.of("") : dir).resolve("." + target.getFileName() + "." + ProcessHandle.current().pid()
                    + "." + Long.toHexString(System.nanoTime()) + ".part");
            Files.write(temp, page, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
            throw new ZhituException(target + ": cannot write (" + e.getMessage() + ")");
        }
    }

    static String limitNote(GraphView view, Map<String, String> words) {
        return words.get("limited")
                .replace("{shown}", Integer.toString(view.shownNodes()))
                .replace("{total}", Integer.toString(view.totalNodes()))
                .replace("{shownEdges}", Integer.toString(view.shownEdges()))
                .replace("{totalEdges}", Integer.toString(view.totalEdges()));
    }

    /** What the page's script reads: everything it draws and lists, in a fixed order. */
    static Map<String, Object> data(GraphView v, Map<String, String> words) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("lang", v.lang().tag);
        d.put("title", v.title());
        d.put("ui", words);
        List<Object> prefixes = new ArrayList<>();
        new TreeMap<>(RdfWriter.PREFIXES.getMapping()).forEach((p, ns) -> prefixes.add(List.of(p, ns)));
        d.put("prefixes", prefixes);
        d.put("total", ordered("nodes", v.totalNodes(), "edges", v.totalEdges()));
        d.put("shown", ordered("nodes", v.shownNodes(), "edges", v.shownEdges()));
        List<Object> categories = new ArrayList<>();
        for (GraphView.Category c : v.categories()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("iri", c.iri());
            m.put("name", c.name());
            m.put("colour", c.colour());
            categories.add(m);
        }
        d.put("categories", categories);
        List<Object> terms = new ArrayList<>();
        for (GraphView.Term t : v.terms()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("k", t.key());
            m.put("l", t.label());
            m.put("c", t.category());
            m.put("d", t.degree());
            m.put("z", t.size());
            if (!t.names().isEmpty()) m.put("n", t.names());
            if (!t.sameAs().isEmpty()) m.put("s", t.sameAs());
            terms.add(m);
        }
        d.put("terms", terms);
        List<Object> predicates = new ArrayList<>();
        for (GraphView.Predicate p : v.predicates()) {
            Map<String, Object> m = ordered("i", p.iri(), "l", p.label());
            if (p.iri().equals(Vocab.MENTIONS)) m.put("w", 1);
            predicates.add(m);
        }
        d.put("predicates", predicates);
        List<Object> edges = new ArrayList<>();
        for (GraphView.Edge e : v.edges()) edges.add(List.of(e.source(), e.target(), e.predicate()));
        d.put("edges", edges);
        List<Object> statements = new ArrayList<>();
        for (GraphView.Statement s : v.statements()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("s", s.subject());
            m.put("p", s.predicate());
            if (s.object() >= 0) {
                m.put("o", s.object());
            } else {
                m.put("v", s.literal());
                if (!s.literalTag().isEmpty()) m.put("t", s.literalTag());
            }
            if (!s.evidence().isEmpty()) m.put("e", s.evidence());
            statements.add(m);
        }
        d.put("statements", statements);
        List<Object> evidence = new ArrayList<>();
        for (GraphView.Evidence e : v.evidence()) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (e.text() != null) m.put("t", e.text());
            if (e.document() >= 0) m.put("d", e.document());
            if (e.sentence() != null) m.put("n", e.sentence());
            if (e.begin() != null) m.put("b", e.begin());
            if (e.end() != null) m.put("e", e.end());
            if (e.rule() != null) m.put("r", e.rule());
            evidence.add(m);
        }
        d.put("evidence", evidence);
        return d;
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    /** Text for HTML element content and attribute values. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A script's text, checked to be safe inside a {@code <script>} element. */
    private static String script(String text, String name) {
        if (UNSAFE_IN_SCRIPT.matcher(text).find()) throw new IllegalStateException(name + " cannot be inlined: it holds </script or <!--");
        return text;
    }

    private static synchronized String echarts() {
        if (echarts == null) echarts = resource(ECHARTS_RESOURCE);
        return echarts;
    }

    private static String resource(String path) {
        try (InputStream in = ViewPage.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
