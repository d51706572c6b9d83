package io.zhitu.cli;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** {@code zhitu view} on a store holding the sample: what it writes, where, and its one-line errors. */
class ViewCommandTest {

    @TempDir static Path tmp;
    static Path store;
    static String docIri;

    @BeforeAll
    static void extract() {
        store = tmp.resolve("zhitu-store");
        CliRun.extractSample(store, "--with-reference");
        CliRun.Result r = CliRun.run("export", "--store=" + store, "--output=nquads");
        docIri = r.out().lines().findFirst().orElseThrow().replaceAll(".* <([^>]+)> \\.$", "$1");
    }

    static final Pattern DATA = Pattern.compile("<script type=\"application/json\" id=\"zhitu-data\">(.*?)</script>", Pattern.DOTALL);

    static JsonObject data(String html) {
        Matcher m = DATA.matcher(html);
        assertTrue(m.find(), "no data in the page");
        return JSON.parse(m.group(1));
    }

    static int count(JsonObject d, String which, String what) {
        return d.get(which).getAsObject().get(what).getAsNumber().value().intValue();
    }

    static boolean hasTerm(JsonObject d, String iri) {
        for (JsonValue t : d.get("terms").getAsArray()) if (t.getAsObject().get("k").getAsString().value().equals(iri)) return true;
        return false;
    }

    @Test
    void theStoreToStdoutAndToAFileGiveTheSameBytesEveryTime() throws Exception {
        CliRun.Result a = CliRun.run("view", "--store=" + store);
        assertEquals(0, a.exit(), a::toString);
        assertEquals("", a.err());
        Path out = tmp.resolve("view.html");
        CliRun.Result b = CliRun.run("view", "--store=" + store, "-o", out.toString());
        assertEquals(0, b.exit(), b::toString);
        assertEquals(0, b.bytes().length);
        assertArrayEquals(a.bytes(), Files.readAllBytes(out));
        assertArrayEquals(a.bytes(), CliRun.run("view", "--store=" + store).bytes());
        assertEquals(List.of("view.html"), Files.list(tmp).map(p -> p.getFileName().toString()).filter(n -> n.contains("view.html")).toList(), "no temporary file left");
        String html = a.out();
        assertTrue(html.contains("<h1>store zhitu-store: 1 document</h1>"), "the store's folder name, not this machine's path");
        JsonObject d = data(html);
        assertEquals(count(d, "total", "nodes"), count(d, "shown", "nodes"));
        assertTrue(hasTerm(d, "https://w3id.org/zhitu/id/model/qwen3"));
        System.out.println("zhitu view of the sample: " + a.bytes().length + " bytes");
    }

    @Test
    void readmeFiguresAreWhatViewWrites() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher size = Pattern.compile("The sample's page is ([0-9,]+) bytes").matcher(readme);
        assertTrue(size.find(), "README gives the size of the sample's page");
        assertEquals(CliRun.run("view", "--store=" + store).bytes().length, Integer.parseInt(size.group(1).replace(",", "")));
        String html = CliRun.run("view", "--store=" + store, "--max-nodes=10").out();
        Matcher note = Pattern.compile("<p id=\"limit\" class=\"note\">(.*?)</p>").matcher(html);
        assertTrue(note.find());
        assertTrue(readme.contains("and says so: `" + note.group(1) + "`"), note.group(1));
    }

    @Test
    void referenceFactsOnlyWhenAsked() {
        JsonObject plain = data(CliRun.run("view", "--store=" + store).out());
        JsonObject with = data(CliRun.run("view", "--store=" + store, "--with-reference").out());
        assertTrue(count(with, "total", "edges") > count(plain, "total", "edges"),
                count(with, "total", "edges") + " edges with the reference data, " + count(plain, "total", "edges") + " without");
    }

    @Test
    void oneDocumentGraph() {
        CliRun.Result r = CliRun.run("view", "--store=" + store, "--graph=" + docIri.replace("https://w3id.org/zhitu/id/", "zti:"), "--lang=zh-Hant");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("<!DOCTYPE html>\n<html lang=\"zh-Hant\">"));
        assertTrue(r.out().contains("<h1>文件 " + docIri.replace("https://w3id.org/zhitu/id/", "zti:") + "</h1>"), r.out().substring(0, 2000));
        JsonObject d = data(r.out());
        assertEquals(count(d, "total", "nodes"), count(data(CliRun.run("view", "--store=" + store).out()), "total", "nodes"), "the store holds one document");
        CliRun.Result none = CliRun.run("view", "--store=" + store, "--graph=zti:doc/none");
        assertEquals(1, none.exit());
        assertTrue(none.err().startsWith("zhitu: " + store + ": the store has no graph <https://w3id.org/zhitu/id/doc/none>"), none.err());
        assertEquals(0, none.bytes().length);
    }

    @Test
    void aConstructQueryWithItsParameters() {
        CliRun.Result r = CliRun.run("view", "--store=" + store, "--query=entity-neighbourhood", "--param", "entity=zti:model/qwen3");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("<h1>query entity-neighbourhood (entity=zti:model/qwen3)</h1>"));
        JsonObject d = data(r.out());
        assertTrue(hasTerm(d, "https://w3id.org/zhitu/id/org/alibaba"));
        assertFalse(hasTerm(d, "https://w3id.org/zhitu/id/org/stanford-hai"), "only the neighbourhood");
        // the evidence comes from the store, though the query does not carry it
        assertTrue(d.get("evidence").getAsArray().stream().anyMatch(e -> e.getAsObject().hasKey("t")
                && e.getAsObject().get("t").getAsString().value().equals("阿里巴巴通義千問3")), d.get("evidence").toString());
    }

    @Test
    void usageErrors() {
        assertUsage("zhitu: --lang: unknown language 'fr' (expected one of: en, zh-Hans, zh-Hant)", "view", "--store=" + store, "--lang=fr");
        assertUsage("zhitu: --max-nodes must be at least 1, not 0", "view", "--store=" + store, "--max-nodes=0");
        assertUsage("zhitu: give --graph or --query, not both", "view", "--store=" + store, "--graph=zti:doc/x", "--query=entity-neighbourhood");
        assertUsage("zhitu: --param needs --query", "view", "--store=" + store, "--param", "entity=zti:model/qwen3");
        assertUsage("zhitu: --graph 'not an iri' is not an absolute IRI (e.g. zti:doc/… or https://…)", "view", "--store=" + store, "--graph=not an iri");
    }

    static void assertUsage(String message, String... args) {
        CliRun.Result r = CliRun.run(args);
        assertEquals(2, r.exit(), r::toString);
        assertEquals(message, r.err().lines().findFirst().orElse(""));
        assertEquals(0, r.bytes().length);
    }

    @Test
    void failures() {
        CliRun.Result select = CliRun.run("view", "--store=" + store, "--query=documents");
        assertEquals(1, select.exit(), select::toString);
        assertEquals("zhitu: documents: zhitu view draws the graph of a CONSTRUCT or DESCRIBE query, not of a SELECT\n", select.err());
        CliRun.Result unknown = CliRun.run("view", "--store=" + store, "--query=no-such-query");
        assertEquals(1, unknown.exit());
        assertEquals("zhitu: unknown query 'no-such-query' (zhitu queries lists them)\n", unknown.err());
        CliRun.Result missing = CliRun.run("view", "--store=" + store, "--query=entity-neighbourhood");
        assertEquals(1, missing.exit());
        assertEquals("zhitu: missing parameter 'entity' (entity-neighbourhood requires it)\n", missing.err());
        CliRun.Result noStore = CliRun.run("view", "--store=" + tmp.resolve("absent"));
        assertEquals(3, noStore.exit());
        assertEquals("zhitu: " + tmp.resolve("absent") + ": no store here (run zhitu extract first, or give --store=DIR)\n", noStore.err());
        Path nowhere = tmp.resolve("no-folder").resolve("v.html");
        CliRun.Result noFolder = CliRun.run("view", "--store=" + store, "-o", nowhere.toString());
        assertEquals(1, noFolder.exit());
        assertEquals("zhitu: " + nowhere + ": no such folder " + nowhere.getParent().toAbsolutePath() + "\n", noFolder.err());
        assertFalse(Files.exists(nowhere.getParent()));
    }
}
