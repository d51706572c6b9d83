package io.zhitu.bench;

import io.zhitu.normalize.SentenceSplitter;
import io.zhitu.core.Entity;
import io.zhitu.core.EntityKind;
import io.zhitu.core.Span;
import io.zhitu.recognize.Gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Builds a benchmark corpus of any size from the few real articles shipped under {@code bench/}: each
 * document reshuffles one article's sentences and paragraphs, swaps the names it mentions for other
 * names of the same kind from the gazetteer (in the article's script), and wraps the result in the page a
 * news site would put around it (menus, breadcrumbs, share counters, a related-news list, footers).
 * The same seed and size always give the same bytes; documents are made one at a time, on demand.
 */
public final class CorpusGenerator {
    /** The kinds whose names are swapped; countries and report titles are left as written. */
    private static final Set<EntityKind> SWAPPED = EnumSet.of(EntityKind.ORG, EntityKind.MODEL, EntityKind.PERSON,
            EntityKind.PLATFORM, EntityKind.BENCHMARK, EntityKind.LICENSE);
    /** Page dates are drawn from this range. */
    private static final LocalDate FIRST_DATE = LocalDate.of(2024, 1, 1), LAST_DATE = LocalDate.of(2026, 6, 30);

    /** One source article: its language, headline and body paragraphs. */
    record Article(String file, String lang, String headline, List<String> paragraphs) {}

    private final List<Article> articles;
    /** slot + "/" + lang to the texts of that slot, in file order. */
    private final Map<String, List<String>> boilerplate;
    /** Every name of a swappable entity, as written, to that entity (the first entity listed wins a shared name). */
    private final Map<String, Entity> byName = new HashMap<>();
    private final int longestName;
    private final Map<EntityKind, List<Entity>> byKind = new EnumMap<>(EntityKind.class);
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** The generator over the shipped articles and page parts, swapping names from the shipped gazetteer. */
    public static CorpusGenerator standard() {
        return new CorpusGenerator(Gazetteer.standard());
    }

    public CorpusGenerator(Gazetteer gazetteer) {
        this.articles = readArticles();
        this.boilerplate = readBoilerplate();
        int longest = 0;
        for (Entity e : gazetteer.entities()) {
            if (!SWAPPED.contains(e.kind())) continue;
            byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
            for (String name : Gazetteer.names(e)) {
                if (name.length() < 2 || !hasHan(name) && name.length() < 3) continue;
                byName.putIfAbsent(name, e);
                longest = Math.max(longest, name.length());
            }
        }
        this.longestName = longest;
    }

    /**
     * The first {@code n} documents of the corpus for {@code seed}, made lazily: a stream of any length
     * holds one document at a time.
     */
    public Stream<GeneratedDoc> generate(int n, long seed) {
        if (n < 0) throw new IllegalArgumentException("n must be at least 0, got " + n);
        return IntStream.rangeClosed(1, n).mapToObj(i -> doc(i, seed));
    }

    /** Writes the first {@code n} documents as {@code dir/doc-00001.txt} …, creating {@code dir} if needed. */
    public void writeTo(Path dir, int n, long seed) {
        try {
            Files.createDirectories(dir);
            for (GeneratedDoc d : (Iterable<GeneratedDoc>) generate(n, seed)::iterator) Files.write(dir.resolve(d.name()), d.utf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many chars the first {@code n} documents hold together. */
    public long chars(int n, long seed) {
        return generate(n, seed).mapToLong(GeneratedDoc::chars).sum();
    }

    /** Document {@code index} (from 1) of the corpus for {@code seed}; it depends on nothing but these two numbers. */
    public GeneratedDoc doc(int index, long seed) {
        if (index < 1) throw new IllegalArgumentException("documents are numbered from 1, got " + index);
        SplittableRandom r = new SplittableRandom(mix(seed ^ mix(index)));
        Article a = articles.get(r.nextInt(articles.size()));
        Page page = new Page(a.lang(), r);
        String text = page.render(a, body(a, r));
        return new GeneratedDoc(String.format(Locale.ROOT, "doc-%05d.txt", index), text.getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- the article body

    /** The article's paragraphs, reshuffled: paragraph order, sentence order, or sentences regrouped into new paragraphs. */
    private List<String> body(Article a, SplittableRandom r) {
        List<String> paragraphs = new ArrayList<>(a.paragraphs());
        // another article in the same language lends a paragraph or two now and then
        List<Article> same = articles.stream().filter(o -> o != a && o.lang().equals(a.lang())).toList();
        if (!same.isEmpty() && r.nextInt(3) == 0) {
            List<String> lent = same.get(r.nextInt(same.size())).paragraphs();
            for (int k = 1 + r.nextInt(2); k > 0; k--) paragraphs.add(lent.get(r.nextInt(lent.size())));
        }
        if (paragraphs.size() > 2 && r.nextInt(4) == 0) { // a shorter cut of the story
            paragraphs = new ArrayList<>(paragraphs.subList(0, Math.max(1, paragraphs.size() / 2 + r.nextInt(paragraphs.size() / 2 + 1))));
        }
        switch (r.nextInt(3)) {
            case 0 -> shuffle(paragraphs, r);
            case 1 -> {
                shuffle(paragraphs, r);
                paragraphs.replaceAll(p -> String.join(a.lang().equals("en") ? " " : "", shuffled(sentences(p), r)));
            }
            default -> {
                List<String> all = new ArrayList<>();
                for (String p : paragraphs) all.addAll(sentences(p));
                shuffle(all, r);
                paragraphs.clear();
                for (int i = 0; i < all.size(); ) {
                    int take = Math.min(all.size() - i, 1 + r.nextInt(4));
                    paragraphs.add(String.join(a.lang().equals("en") ? " " : "", all.subList(i, i + take)));
                    i += take;
                }
            }
        }
        return paragraphs;
    }

    private List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        for (Span s : splitter.split(paragraph, 0, paragraph.length())) out.add(s.cut(paragraph));
        return out;
    }

    private static <T> List<T> shuffled(List<T> list, SplittableRandom r) {
        List<T> copy = new ArrayList<>(list);
        shuffle(copy, r);
        return copy;
    }

    /** Fisher-Yates with the document's own random source (Collections.shuffle takes only java.util.Random). */
    private static <T> void shuffle(List<T> list, SplittableRandom r) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    // ---------------------------------------------------------------- one page

    /** The state of one document: its language, random source, date and the names it swapped so far. */
    private final class Page {
        final String lang;
        final SplittableRandom r;
        final LocalDate date;
        final String outlet, author;
        final Map<String, Entity> swaps = new LinkedHashMap<>();
        final Set<String> taken = new HashSet<>();

        Page(String lang, SplittableRandom r) {
            this.lang = lang;
            this.r = r;
            this.date = FIRST_DATE.plusDays(r.nextInt((int) (LAST_DATE.toEpochDay() - FIRST_DATE.toEpochDay()) + 1));
            this.outlet = pick("outlet");
            this.author = pick("author");
        }

        String render(Article a, List<String> paragraphs) {
            List<String> blocks = new ArrayList<>();
            if (r.nextInt(10) < 6) blocks.add(fill(pick("menu")));
            if (r.nextInt(10) < 6) blocks.add(fill(pick("breadcrumb")));
            if (r.nextInt(10) < 3) blocks.add(fill(pick("ad")));
            if (r.nextInt(10) < 2) blocks.add(fill(pick("share")));
            blocks.add(swapNames(a.headline()));
            if (r.nextInt(10) < 8) blocks.add(fill(pick("dateline")));
            if (r.nextInt(10) < 3) blocks.add(fill(pick("share")));
            for (String p : paragraphs) blocks.add(swapNames(p));
            if (r.nextInt(10) < 7) blocks.add(fill(pick("byline")));
            if (r.nextInt(10) < 3) blocks.add(fill(pick("share")));
            StringBuilder related = new StringBuilder(fill(pick("related-heading")));
            for (String item : pickDistinct("related-item", 3 + r.nextInt(4))) {
                related.append('\n').append(fill(item));
                if (r.nextBoolean()) related.append('\n').append(fill(pick("related-meta")));
            }
            blocks.add(related.toString());
            for (String footer : pickDistinct("footer", 1 + r.nextInt(3))) blocks.add(fill(footer));
            return String.join("\n\n", blocks) + "\n";
        }

        String pick(String slot) {
            List<String> texts = texts(slot);
            return texts.get(r.nextInt(texts.size()));
        }

        /** Up to {@code k} different texts of a slot, in random order. */
        List<String> pickDistinct(String slot, int k) {
            List<String> texts = shuffled(texts(slot), r);
            return texts.subList(0, Math.min(k, texts.size()));
        }

        private List<String> texts(String slot) {
            List<String> texts = boilerplate.get(slot + "/" + lang);
            if (texts == null) throw new IllegalStateException("bench/boilerplate.tsv has no " + slot + " for " + lang);
            return texts;
        }

        /** A page part with its placeholders filled: names in the page's script, the page's date, counts. */
        String fill(String template) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < template.length()) {
                int open = template.indexOf('{', i), close = open < 0 ? -1 : template.indexOf('}', open);
                if (close < 0) break;
                out.append(template, i, open);
                out.append(value(template.substring(open + 1, close)));
                i = close + 1;
            }
            return out.append(template.substring(i)).toString();
        }

        private String value(String key) {
            return switch (key) {
                case "org" -> name(any(EntityKind.ORG), false);
                case "model" -> name(any(EntityKind.MODEL), false);
                case "person" -> name(any(EntityKind.PERSON), false);
                case "outlet" -> outlet;
                case "author" -> author;
                case "date" -> date.toString();
                case "time" -> String.format(Locale.ROOT, "%02d:%02d", r.nextInt(24), r.nextInt(60));
                case "zhdate" -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
                case "endate" -> Month.of(date.getMonthValue()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                        + date.getDayOfMonth() + ", " + date.getYear();
                case "timestamp" -> date.minusDays(r.nextInt(30)) + String.format(Locale.ROOT, " %02d:%02d:%02d",
                        r.nextInt(24), r.nextInt(60), r.nextInt(60));
                case "year" -> String.valueOf(date.getYear());
                case "n" -> String.valueOf(r.nextInt(10_000));
                default -> throw new IllegalStateException("bench/boilerplate.tsv: unknown placeholder {" + key + "}");
            };
        }

        private Entity any(EntityKind kind) {
            List<Entity> all = byKind.get(kind).stream().filter(e -> writable(e, lang)).toList();
            return all.get(r.nextInt(all.size()));
        }

        /**
         * The text with every gazetteer name replaced by a name of another entity of the same kind; one entity
         * always becomes the same other one within a page, written in the script the original was written in.
         */
        String swapNames(String text) {
            StringBuilder out = new StringBuilder(text.length());
            int i = 0;
            while (i < text.length()) {
                int end = -1;
                Entity found = null;
                for (int len = Math.min(longestName, text.length() - i); len >= 2 && found == null; len--) {
                    Entity e = byName.get(text.substring(i, i + len));
                    if (e != null && wordBounded(text, i, i + len)) {
                        found = e;
                        end = i + len;
                    }
                }
                if (found == null) {
                    out.append(text.charAt(i++));
                    continue;
                }
                Entity original = found;
                Entity to = swaps.computeIfAbsent(original.id(), id -> replacementFor(original));
                out.append(name(to, !hasHan(text.substring(i, end))));
                i = end;
            }
            return out.toString();
        }

        /** Another entity of the same kind that can be written in this page's language, not yet used on it if possible. */
        private Entity replacementFor(Entity original) {
            List<Entity> fits = byKind.get(original.kind()).stream()
                    .filter(e -> !e.id().equals(original.id()) && writable(e, lang)).toList();
            if (fits.isEmpty()) return original;
            Entity choice = fits.get(r.nextInt(fits.size()));
            for (int tries = 0; tries < 8 && taken.contains(choice.id()); tries++) choice = fits.get(r.nextInt(fits.size()));
            taken.add(choice.id());
            return choice;
        }

        /** An entity's name in the page's script; Latin where the original name was Latin. */
        private String name(Entity e, boolean latin) {
            if (lang.equals("en") || latin) return e.labelEn();
            return lang.equals("zh-Hant") ? e.labelHant() : e.labelHans();
        }
    }

    /** Whether an entity has the names a page of that language may need: English always, Chinese on a Chinese page. */
    private static boolean writable(Entity e, String lang) {
        return e.labelEn() != null && !hasHan(e.labelEn())
                && (lang.equals("en") || e.labelHans() != null && e.labelHant() != null);
    }

    /** A Latin or numeric name must not continue a longer word on either side ("Meta" in "Metadata"). */
    private static boolean wordBounded(String text, int a, int b) {
        return !(isWordChar(text.charAt(a)) && a > 0 && isWordChar(text.charAt(a - 1)))
                && !(isWordChar(text.charAt(b - 1)) && b < text.length() && isWordChar(text.charAt(b)));
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Stafford's mix13: neighbouring seeds and indexes give unrelated random sources. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    // ---------------------------------------------------------------- the shipped data

    private static List<Article> readArticles() {
        List<Article> out = new ArrayList<>();
        for (String[] row : tsv("bench/sources.tsv", 4)) {
            List<String> lines = lines("bench/" + row[0]);
            String headline = line(lines, Integer.parseInt(row[2]), row[0]);
            List<String> paragraphs = new ArrayList<>();
            for (String range : row[3].split(",")) {
                String[] ends = range.trim().split("-");
                int from = Integer.parseInt(ends[0]), to = Integer.parseInt(ends[ends.length - 1]);
                for (int n = from; n <= to; n++) {
                    String l = line(lines, n, row[0]).strip();
                    if (!l.isEmpty()) paragraphs.add(l);
                }
            }
            if (paragraphs.isEmpty()) throw new IllegalStateException("bench/sources.tsv: " + row[0] + " has no body lines");
            out.add(new Article(row[0], row[1], headline.strip(), List.copyOf(paragraphs)));
        }
        return List.copyOf(out);
    }

    private static Map<String, List<String>> readBoilerplate() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String[] row : tsv("bench/boilerplate.tsv", 3)) out.computeIfAbsent(row[0] + "/" + row[1], k -> new ArrayList<>()).add(row[2]);
        return out;
    }

    private static String line(List<String> lines, int n, String file) {
        if (n < 1 || n > lines.size()) throw new IllegalStateException("bench/" + file + " has no line " + n);
        return lines.get(n - 1);
    }

    /** The rows of a TSV resource after its header, comments and blank lines skipped. */
    private static List<String[]> tsv(String path, int columns) {
        List<String[]> rows = new ArrayList<>();
        boolean header = false;
        for (String l : lines(path)) {
            if (l.isBlank() || l.startsWith("#")) continue;
            if (!header) {
                header = true;
                continue;
            }
            String[] c = l.split("\t", -1);
            if (c.length != columns) throw new IllegalStateException(path + ": expected " + columns + " columns in '" + l + "'");
            rows.add(c);
        }
        return rows;
    }

    private static List<String> lines(String path) {
        try (InputStream in = CorpusGenerator.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException(path + " is missing from the classpath");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return List.of(text.replace("\r\n", "\n").split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
