package io.zhitu;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The documentation travels with the repository: README and every other Markdown page may link only to
 * files of the repository (that exist, inside its root, not build output) or to web pages, never to a
 * path outside the checkout such as the project's {@code ../shared} folder, which a clone does not have.
 */
class DocLinksTest {

    static final Path ROOT = Path.of("").toAbsolutePath().normalize();
    /** {@code [text](target)} and {@code ![alt](target)}, the target up to a space (a title may follow) or the closing parenthesis. */
    static final Pattern INLINE = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*(<[^>]*>|[^\\s)]*)(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** {@code [id]: target} */
    static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*(<[^>]*>|\\S+)");
    static final Pattern HTML = Pattern.compile("(?:href|src)\\s*=\\s*\"([^\"]*)\"");
    static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    /** A mention of the project's folder beside the repository, link or not. */
    static final Pattern SHARED = Pattern.compile("(\\.\\./)+shared|(?<![\\w./-])shared/contract");

    /** The Markdown pages of the repository: README.md and every other .md outside build output and hidden folders. */
    static List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> {
                        Path rel = ROOT.relativize(p);
                        for (Path part : rel) if (part.toString().startsWith(".") || part.toString().equals("target")) return false;
                        return true;
                    })
                    .sorted().toList();
        }
    }

    record Link(Path page, int line, String target) {
        @Override public String toString() { return ROOT.relativize(page) + ":" + line + ": " + target; }
    }

    /** The links of a page, outside fenced code blocks and inline code. */
    static List<Link> links(Path page) throws IOException {
        List<Link> out = new ArrayList<>();
        boolean fenced = false;
        int n = 0;
        for (String line : Files.readAllLines(page)) {
            n++;
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) continue;
            String text = line.replaceAll("`[^`]*`", "``");
            for (Pattern p : List.of(INLINE, REFERENCE, HTML)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    String t = m.group(1);
                    if (t.startsWith("<") && t.endsWith(">")) t = t.substring(1, t.length() - 1);
                    out.add(new Link(page, n, t));
                }
            }
        }
        return out;
    }

    /** Why a link does not stay in the repository, or null when it does. */
    static String problem(Link link) throws IOException {
        String t = link.target();
        if (t.isEmpty()) return "an empty link";
        if (SCHEME.matcher(t).find()) {
            String scheme = t.substring(0, t.indexOf(':')).toLowerCase(Locale.ROOT);
            return Set.of("http", "https", "mailto").contains(scheme) ? null : "a " + scheme + ": link points outside the repository";
        }
        String path = t.contains("#") ? t.substring(0, t.indexOf('#')) : t;
        String anchor = t.contains("#") ? t.substring(t.indexOf('#') + 1) : null;
        if (path.contains("?")) path = path.substring(0, path.indexOf('?'));
        Path file;
        if (path.isEmpty()) {
            file = link.page();
        } else {
            if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) return "an absolute path points outside the repository";
            file = link.page().getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
            if (!file.startsWith(ROOT)) return "points outside the repository root";
            Path rel = ROOT.relativize(file);
            if (rel.getNameCount() > 0 && rel.getName(0).toString().equals("target")) return "points into build output (target/)";
            if (!Files.exists(file)) return "no such file in the repository: " + rel;
        }
        if (anchor != null && !anchor.isEmpty() && file.toString().endsWith(".md") && !anchors(file).contains(anchor)) {
            return "no heading #" + anchor + " in " + ROOT.relativize(file);
        }
        return null;
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces to '-', repeats numbered. */
    static Set<String> anchors(Path page) throws IOException {
        Set<String> out = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(page)) {
            if (line.strip().startsWith("```")) fenced = !fenced;
            if (fenced || !line.matches("^#{1,6} .*")) continue;
            String slug = line.replaceFirst("^#+ ", "").strip().toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
            int k = seen.merge(slug, 1, Integer::sum) - 1;
            out.add(k == 0 ? slug : slug + "-" + k);
        }
        return out;
    }

    @Test
    void everyLinkStaysInTheRepository() throws IOException {
        List<Path> pages = pages();
        assertTrue(pages.contains(ROOT.resolve("README.md")), pages::toString);
        assertTrue(pages.contains(ROOT.resolve("ontology/graph-contract.md")), pages::toString);
        List<String> bad = new ArrayList<>();
        int links = 0;
        for (Path page : pages) {
            for (Link l : links(page)) {
                links++;
                String why = problem(l);
                if (why != null) bad.add(l + " — " + why);
            }
        }
        assertTrue(links >= 3, "links found: " + links);
        assertEquals(List.of(), bad);
    }

    @Test
    void noPageMentionsTheFolderBesideTheRepository() throws IOException {
        List<Path> files = new ArrayList<>(pages());
        try (Stream<Path> s = Files.list(ROOT.resolve("ontology"))) {
            s.filter(p -> p.toString().endsWith(".ttl")).forEach(files::add);
        }
        List<String> bad = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                if (SHARED.matcher(lines.get(i)).find()) bad.add(ROOT.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
        }
        assertEquals(List.of(), bad, "the repository's own copy is ontology/graph-contract.md");
    }

    @Test
    void theCheckCatchesWhatItIsFor() throws IOException {
        Path readme = ROOT.resolve("README.md");
        assertNotNull(problem(new Link(readme, 1, "../shared/contract/graph-contract.md")));
        assertNotNull(problem(new Link(readme, 1, "/work/shared/notes.md")));
        assertNotNull(problem(new Link(readme, 1, "file:///etc/passwd")));
        assertNotNull(problem(new Link(readme, 1, "ontology/no-such-file.md")));
        assertNotNull(problem(new Link(readme, 1, "ontology/graph-contract.md#no-such-heading")));
        assertNotNull(problem(new Link(readme, 1, "target/zhitu.jar")));
        assertNull(problem(new Link(readme, 1, "ontology/graph-contract.md#the-evidence-node")));
        assertNull(problem(new Link(readme, 1, "#start-here")));
        assertNull(problem(new Link(readme, 1, "https://w3id.org/zhitu/ontology")));
        assertTrue(SHARED.matcher("see `shared/contract/graph-contract.md`").find());
        assertTrue(SHARED.matcher("[x](../shared/a.md)").find());
        assertEquals(List.of("ontology/graph-contract.md#x", "b.md", "https://e.org/a"),
                linksOf("see [the contract](ontology/graph-contract.md#x), ![img](<b.md> \"t\"), `[not](code.md)`, [w](https://e.org/a)"));
    }

    static List<String> linksOf(String markdown) throws IOException {
        Path f = Files.createTempFile("links", ".md");
        try {
            Files.writeString(f, markdown + "\n");
            return links(f).stream().map(Link::target).toList();
        } finally {
            Files.delete(f);
        }
    }
}
