package io.zhitu.bench;

import io.zhitu.core.Entity;
import io.zhitu.core.Extraction;
import io.zhitu.core.Mention;
import io.zhitu.pipeline.Pipeline;
import io.zhitu.core.Source;
import io.zhitu.recognize.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class CorpusGeneratorTest {
    static CorpusGenerator generator;
    static Pipeline pipeline;

    /** The related-news headings of bench/boilerplate.tsv, each alone on its line. */
    static final Pattern RELATED = Pattern.compile("(?m)^(?:相关新闻|相关阅读|热门推荐|相关推荐|相關新聞|相關推薦|熱門推薦|熱點推薦|Related|Related stories|Read more|Most popular)$");

    @BeforeAll
    static void setUp() {
        generator = CorpusGenerator.standard();
        pipeline = Pipeline.standard();
    }

    static Extraction extract(GeneratedDoc d) {
        return pipeline.extract(new Source(d.name(), d.utf8(), null, null));
    }

    @Test
    void theSameSeedAndSizeGiveTheSameBytes() {
        List<GeneratedDoc> a = generator.generate(30, 7).toList();
        List<GeneratedDoc> b = CorpusGenerator.standard().generate(30, 7).toList();
        assertEquals(30, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(String.format("doc-%05d.txt", i + 1), a.get(i).name());
            assertEquals(a.get(i).name(), b.get(i).name());
            assertArrayEquals(a.get(i).utf8(), b.get(i).utf8(), a.get(i).name());
        }
        // a document depends only on the seed and its number, not on how many come before or after it
        assertArrayEquals(a.get(12).utf8(), generator.doc(13, 7).utf8());
        assertArrayEquals(a.get(4).utf8(), generator.generate(5, 7).reduce((x, y) -> y).orElseThrow().utf8());
    }

    @Test
    void anotherSeedGivesAnotherCorpus() {
        Set<String> one = generator.generate(20, 1).map(GeneratedDoc::text).collect(Collectors.toSet());
        Set<String> two = generator.generate(20, 2).map(GeneratedDoc::text).collect(Collectors.toSet());
        assertEquals(20, one.size(), "documents of one corpus differ");
        assertTrue(one.stream().noneMatch(two::contains));
    }

    @Test
    void everyGeneratedDocumentYieldsEntities() {
        generator.generate(24, 42).forEach(d -> {
            Extraction x = extract(d);
            assertFalse(x.entities().isEmpty(), d.name() + " has no entity:\n" + d.text());
            assertFalse(x.article().body().isEmpty(), d.name());
        });
    }

    @Test
    void theRelatedNewsListGivesNoEntity() {
        Gazetteer gazetteer = Gazetteer.standard();
        int namedOnlyThere = 0;
        for (GeneratedDoc d : generator.generate(24, 42).toList()) {
            Extraction x = extract(d);
            String text = x.text();
            Matcher m = RELATED.matcher(text);
            assertTrue(m.find(), d.name() + " has a related-news list");
            int related = m.start();
            for (Mention mention : x.mentions()) {
                assertTrue(mention.span().end() <= related, d.name() + ": " + mention + " lies in the page after the article");
            }
            // the list names gazetteer entities on purpose: those that only it names must not be extracted
            String before = text.substring(0, related), after = text.substring(related);
            Set<String> extracted = x.entities().stream().map(Entity::id).collect(Collectors.toSet());
            for (Entity e : gazetteer.entities()) {
                List<String> names = Gazetteer.names(e).stream().filter(n -> n.length() >= 2).toList();
                if (names.stream().anyMatch(after::contains) && names.stream().noneMatch(before::contains)) {
                    namedOnlyThere++;
                    assertFalse(extracted.contains(e.id()), d.name() + ": " + e.id() + " comes from the related-news list");
                }
            }
        }
        assertTrue(namedOnlyThere > 10, "the related-news lists name entities: " + namedOnlyThere);
    }

    @Test
    void namesAreSwappedWithinTheirKindAndScript() {
        List<String> texts = generator.generate(40, 3).map(GeneratedDoc::text).toList();
        // the sources name these; swapped for others, they do not appear in every document
        for (String original : List.of("月之暗面", "OpenAI", "百度", "Kimi K2")) {
            assertTrue(texts.stream().anyMatch(t -> !t.contains(original)), original);
        }
        // a Traditional page writes the swapped Chinese names in Traditional script
        assertTrue(texts.stream().filter(t -> t.contains("開源")).noneMatch(t -> t.contains("开源")));
    }

    @Test
    void writesNumberedFilesAndCountsChars(@TempDir Path dir) throws IOException {
        generator.writeTo(dir.resolve("corpus"), 3, 5);
        try (Stream<Path> files = Files.list(dir.resolve("corpus"))) {
            assertEquals(List.of("doc-00001.txt", "doc-00002.txt", "doc-00003.txt"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        long total = 0;
        for (GeneratedDoc d : generator.generate(3, 5).toList()) {
            assertArrayEquals(d.utf8(), Files.readAllBytes(dir.resolve("corpus").resolve(d.name())));
            total += d.chars();
        }
        assertEquals(total, generator.chars(3, 5));
        assertEquals(0, generator.generate(0, 5).count());
        assertThrows(IllegalArgumentException.class, () -> generator.generate(-1, 5));
    }
}
