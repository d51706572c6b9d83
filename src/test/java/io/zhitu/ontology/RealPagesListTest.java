package io.zhitu.ontology;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The list of real pages read keeps addresses and lessons only, one page a row, each once. */
class RealPagesListTest {

    @Test
    void everyRowIsAnAddressALanguageASetAndALesson() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/real-pages.tsv"), StandardCharsets.UTF_8);
        Set<String> seen = new HashSet<>();
        int rows = 0;
        boolean header = false;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (!header) {
                assertEquals("url\tlang\tset\ttaught", line);
                header = true;
                continue;
            }
            String[] c = line.split("\t", -1);
            assertEquals(4, c.length, line);
            assertTrue(c[0].startsWith("http://") || c[0].startsWith("https://"), line);
            assertTrue(Set.of("zh-Hans", "zh-Hant", "en").contains(c[1]), line);
            assertTrue(Set.of("dev", "read", "blind").contains(c[2]), line);
            assertFalse(c[3].isBlank(), "what the page taught: " + line);
            assertTrue(c[3].length() < 600, "a lesson, not page text: " + line);
            assertTrue(seen.add(c[0]), "listed twice: " + c[0]);
            rows++;
        }
        assertTrue(rows >= 30, "pages read: " + rows);
    }
}
