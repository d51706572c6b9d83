package io.zhitu.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.hankcs.hanlp.HanLP;

/** The gazetteer files {@code ontology/gazetteer/*.tsv}. */
class GazetteerFilesTest {

    static final Path DIR = Path.of("ontology", "gazetteer");
    static final String HEADER = "id\ten\tzh-Hans\tzh-Hant\taliases\twikidata\tspdx\tfacts";
    static final Map<String, String> FILES = Map.of(
            "organizations.tsv", "org", "models.tsv", "model", "people.tsv", "person",
            "licenses.tsv", "license", "countries.tsv", "country", "platforms.tsv", "platform",
            "benchmarks.tsv", "benchmark");
    static final Pattern ID = Pattern.compile("^(org|person|model|license|country|platform|benchmark)/[a-z0-9][a-z0-9.-]*$");
    static final Pattern QID = Pattern.compile("^Q[1-9][0-9]*$");
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** fact key -> kinds of subject it is allowed on, and the kind of its target ("" for a literal). */
    static final Map<String, String[]> FACTS = Map.of(
            "developedBy", new String[] {"model", "org"},
            "partOfFamily", new String[] {"model", "model"},
            "parentOrganization", new String[] {"org", "org"},
            "country", new String[] {"org", "country"},
            "license", new String[] {"model", "license"},
            "totalParameters", new String[] {"model", ""},
            "activeParameters", new String[] {"model", ""},
            "architecture", new String[] {"model", ""});

    record Row(String file, int line, String[] cells) {
        String id() { return cells[0]; }
        String kind() { return id().substring(0, id().indexOf('/')); }
        String where() { return file + ":" + line + " (" + id() + ")"; }
        List<String> aliases() { return cells[4].isEmpty() ? List.of() : List.of(cells[4].split("\\|", -1)); }
        Map<String, String> facts() {
            Map<String, String> m = new LinkedHashMap<>();
            if (cells[7].isEmpty()) return m;
            for (String f : cells[7].split(";", -1)) {
                int eq = f.indexOf('=');
                if (eq <= 0) fail(where() + ": malformed fact '" + f + "'");
                if (m.put(f.substring(0, eq), f.substring(eq + 1)) != null) fail(where() + ": fact key repeated: " + f);
            }
            return m;
        }
    }

    static final List<Row> rows = new ArrayList<>();
    static final Map<String, Row> byId = new TreeMap<>();

    @BeforeAll
    static void load() throws IOException {
        for (String f : new java.util.TreeSet<>(FILES.keySet())) {
            Path p = DIR.resolve(f);
            assertTrue(Files.isRegularFile(p), "missing " + p);
            byte[] bytes = Files.readAllBytes(p);
            try {
                StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                fail(p + " is not UTF-8");
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertFalse(text.startsWith("\uFEFF"), p + " starts with a BOM");
            assertFalse(text.contains("\r"), p + " has CR line ends");
            List<String> lines = List.of(text.split("\n", -1));
            assertEquals(HEADER, lines.get(0), p + ": the first line must be the header");
            for (int i = 1; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.isEmpty() || l.startsWith("#")) continue;
                String[] c = l.split("\t", -1);
                assertEquals(8, c.length, f + ":" + (i + 1) + ": expected 8 tab-separated columns, got " + c.length);
                for (String cell : c)
                    assertEquals(cell.strip(), cell, f + ":" + (i + 1) + ": cell with surrounding spaces '" + cell + "'");
                rows.add(new Row(f, i + 1, c));
            }
        }
        for (Row r : rows) if (byId.put(r.id(), r) != null) fail("duplicate id " + r.id() + " at " + r.where());
    }

    @Test
    void idsAreWellFormedAndMatchTheFile() {
        for (Row r : rows) {
            assertTrue(ID.matcher(r.id()).matches(), r.where() + ": malformed id");
            assertEquals(FILES.get(r.file()), r.kind(), r.where() + ": kind does not match the file");
            assertFalse(r.cells[1].isEmpty() && r.cells[2].isEmpty() && r.cells[3].isEmpty(), r.where() + ": no label");
        }
        for (String f : FILES.keySet())
            assertTrue(rows.stream().anyMatch(r -> r.file().equals(f)), f + " is empty");
    }

    @Test
    void modelSlugsFollowTheEnglishName() {
        for (Row r : rows) {
            if (!r.kind().equals("model") || r.cells[1].isEmpty()) continue;
            String slug = r.cells[1].toLowerCase(Locale.ROOT).replace(' ', '-');
            assertEquals("model/" + slug, r.id(), r.where() + ": slug should be the lower-cased English name");
        }
    }

    @Test
    void wikidataAndSpdx() {
        for (Row r : rows) {
            if (!r.cells[5].isEmpty()) assertTrue(QID.matcher(r.cells[5]).matches(), r.where() + ": bad Q-id " + r.cells[5]);
            if (!r.cells[6].isEmpty()) {
                assertEquals("license", r.kind(), r.where() + ": SPDX id on a non-licence");
                assertTrue(r.cells[6].matches("[A-Za-z0-9.+-]+"), r.where() + ": bad SPDX id");
                assertEquals("license/" + r.cells[6].toLowerCase(Locale.ROOT), r.id(),
                        r.where() + ": the slug of an SPDX licence is its lower-cased SPDX id");
            }
        }
        Map<String, String> seen = new TreeMap<>();
        for (Row r : rows)
            if (!r.cells[5].isEmpty() && seen.put(r.cells[5], r.id()) != null)
                fail("Q-id " + r.cells[5] + " on two entities: " + seen.get(r.cells[5]) + ", " + r.id());
    }

    @Test
    void factsAreKnownAndPointToExistingEntities() {
        for (Row r : rows) {
            for (Map.Entry<String, String> f : r.facts().entrySet()) {
                String[] spec = FACTS.get(f.getKey());
                assertTrue(spec != null, r.where() + ": unknown fact key " + f.getKey());
                assertEquals(spec[0], r.kind(), r.where() + ": fact " + f.getKey() + " not allowed on a " + r.kind());
                String v = f.getValue();
                switch (f.getKey()) {
                    case "totalParameters", "activeParameters" -> {
                        assertTrue(v.matches("[1-9][0-9]*"), r.where() + ": not an integer: " + v);
                        Long.parseLong(v);
                    }
                    case "architecture" -> assertTrue(Set.of("MoE", "Dense").contains(v), r.where() + ": architecture " + v);
                    default -> {
                        Row t = byId.get(v);
                        assertTrue(t != null, r.where() + ": fact target " + v + " does not exist");
                        assertEquals(spec[1], t.kind(), r.where() + ": fact " + f.getKey() + " -> wrong kind " + v);
                        assertFalse(v.equals(r.id()), r.where() + ": fact points to itself");
                    }
                }
            }
            Map<String, String> f = r.facts();
            if (f.containsKey("totalParameters") && f.containsKey("activeParameters"))
                assertTrue(Long.parseLong(f.get("activeParameters")) <= Long.parseLong(f.get("totalParameters")),
                        r.where() + ": more active than total parameters");
        }
    }

    @Test
    void familiesAndParentsHaveNoCycles() {
        for (String key : List.of("partOfFamily", "parentOrganization")) {
            for (Row r : rows) {
                java.util.Set<String> seen = new java.util.HashSet<>();
                Row cur = r;
                while (cur != null && cur.facts().containsKey(key)) {
                    assertTrue(seen.add(cur.id()), r.where() + ": cycle in " + key);
                    cur = byId.get(cur.facts().get(key));
                }
            }
        }
    }

    static String fold(String name) {
        return HanLP.convertToSimplifiedChinese(name.strip()).toLowerCase(Locale.ROOT);
    }

    @Test
    void foldingWorks() {
        assertEquals("通义千问团队", fold("通義千問團隊"));
        assertEquals("斯坦福大学", fold("斯坦福大學"));
        assertEquals("apache 2.0", fold("Apache 2.0"));
    }

    @Test
    void noNameIsSharedByTwoEntities() {
        Map<String, String> owner = new TreeMap<>();
        List<String> clashes = new ArrayList<>();
        for (Row r : rows) {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= 3; i++) if (!r.cells[i].isEmpty()) names.add(r.cells[i]);
            names.addAll(r.aliases());
            for (String n : names) {
                assertFalse(n.isEmpty(), r.where() + ": empty alias");
                assertEquals(n.strip(), n, r.where() + ": alias with spaces around '" + n + "'");
                String k = fold(n);
                String prev = owner.putIfAbsent(k, r.id());
                if (prev != null && !prev.equals(r.id()) && !licenceAndOther(prev, r.id())) clashes.add("'" + n + "' : " + prev + " and " + r.id());
            }
        }
        assertTrue(clashes.isEmpty(), "names shared by two entities:\n" + String.join("\n", clashes));
    }

    /** A licence may share its name with one entity of another kind: the recogniser tells them apart by the licence words beside it. */
    private static boolean licenceAndOther(String a, String b) {
        return a.startsWith("license/") != b.startsWith("license/");
    }

    @Test
    void aliasesAreNotDuplicatedWithinARow() {
        for (Row r : rows) {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= 3; i++) if (!r.cells[i].isEmpty()) names.add(r.cells[i]);
            for (String a : r.aliases()) {
                assertFalse(names.contains(a), r.where() + ": alias repeats a label or alias: " + a);
                names.add(a);
            }
        }
    }

    @Test
    void aliasesAreNotTooShort() {
        for (Row r : rows)
            for (String a : r.aliases()) {
                if (HAN.matcher(a).find())
                    assertTrue(a.codePointCount(0, a.length()) >= 2, r.where() + ": Chinese alias too short: " + a);
                else
                    assertTrue(a.length() >= 2, r.where() + ": alias too short: " + a);
            }
    }

    @Test
    void chineseLabelsDifferOnlyByScript() {
        for (Row r : rows) {
            String hans = r.cells[2], hant = r.cells[3];
            assertEquals(hans.isEmpty(), hant.isEmpty(), r.where() + ": give both zh-Hans and zh-Hant, or neither");
            if (hans.isEmpty()) continue;
            assertTrue(HAN.matcher(hans).find(), r.where() + ": zh-Hans has no Chinese character");
            assertEquals(hans, HanLP.convertToSimplifiedChinese(hant), r.where() + ": zh-Hant is not the Traditional form of zh-Hans");
            assertEquals(hans, HanLP.convertToSimplifiedChinese(hans), r.where() + ": zh-Hans is not Simplified");
            assertFalse(HAN.matcher(r.cells[1]).find(), r.where() + ": en label contains Chinese");
        }
    }

    @Test
    void englishLabelsAreAsciiOrLatin() {
        for (Row r : rows)
            assertFalse(HAN.matcher(r.cells[1]).find(), r.where() + ": en label contains Chinese characters");
    }
}
