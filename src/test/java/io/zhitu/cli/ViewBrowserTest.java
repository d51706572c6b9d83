package io.zhitu.cli;

import io.zhitu.view.Browser;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code zhitu view} in a real browser: the page of the sample opens from a file, draws as many nodes and
 * edges as the graph has (counted here with Jena, apart from the page's code), logs no error, and a click on
 * a node shows the sentences that state its statements. Screenshots go to {@code target/}.
 */
class ViewBrowserTest {

    static final String QWEN3 = "https://w3id.org/zhitu/id/model/qwen3";
    static final String PREFIXES = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX owl: <http://www.w3.org/2002/07/owl#> "
            + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> PREFIX prov: <http://www.w3.org/ns/prov#> ";
    /** The contract's nodes: subjects, and objects that are resources, but not classes, Wikidata twins or evidence. */
    static final String NODES = PREFIXES + "SELECT DISTINCT ?n WHERE { { ?n ?p ?o FILTER NOT EXISTS { ?n a rdf:Statement } } UNION "
            + "{ ?s ?p ?n FILTER NOT EXISTS { ?s a rdf:Statement } FILTER(!isLiteral(?n) && ?p NOT IN (rdf:type, owl:sameAs)) } }";
    static final String EDGES = PREFIXES + "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o FILTER NOT EXISTS { ?s a rdf:Statement } "
            + "FILTER(!isLiteral(?o) && ?p NOT IN (rdf:type, owl:sameAs)) }";

    @TempDir static Path tmp;
    static Path store;
    static Model graph;
    static Browser.Session browser;

    @BeforeAll
    static void setUp() throws Exception {
        Browser.assumePresent();
        store = tmp.resolve("zhitu-store");
        CliRun.extractSample(store);
        CliRun.Result r = CliRun.run("export", "--store=" + store, "--output=nquads");
        assertEquals(0, r.exit(), r::toString);
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(r.out(), Lang.NQUADS).parse(ds);
        graph = ds.getUnionModel();
        browser = Browser.open(1400, 900);
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) browser.close();
    }

    static List<QuerySolution> select(String q) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution x = QueryExecution.create(q, graph)) {
            ResultSet rs = x.execSelect();
            rs.forEachRemaining(rows::add);
        }
        return rows;
    }

    static Path page(String name, String... options) {
        Path out = tmp.resolve(name);
        String[] args = new String[3 + options.length];
        args[0] = "view";
        args[1] = "--store=" + store;
        args[2] = "--out=" + out;
        System.arraycopy(options, 0, args, 3, options.length);
        CliRun.Result r = CliRun.run(args);
        assertEquals(0, r.exit(), r::toString);
        return out;
    }

    /** Opens a page and waits until it says it has drawn. */
    static ChromeDriver open(Path page) {
        ChromeDriver d = browser.driver();
        d.manage().logs().get(LogType.BROWSER); // forget what an earlier page logged
        d.get(page.toUri().toString());
        new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> body(d).getAttribute("data-zhitu-edges") != null);
        return d;
    }

    static WebElement body(ChromeDriver d) {
        return d.findElement(By.tagName("body"));
    }

    static void noErrors(ChromeDriver d) {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : d.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) errors.add(e.getMessage());
        }
        assertEquals(List.of(), errors, "the browser's console");
    }

    static void screenshot(ChromeDriver d, String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(d.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Clicks the drawn node of an IRI where ECharts placed it. */
    static void click(ChromeDriver d, String iri) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) d.executeScript(
                "var iri = arguments[0];"
                        + "var i = JSON.parse(document.getElementById('zhitu-data').textContent).terms.findIndex(function (t) { return t.k === iri; });"
                        + "var c = echarts.getInstanceByDom(document.getElementById('chart'));"
                        + "var l = c.getModel().getSeriesByIndex(0).getData().getItemLayout(i);"
                        + "return c.convertToPixel({seriesIndex: 0}, l);", iri);
        WebElement chart = d.findElement(By.id("chart"));
        int x = (int) Math.round(at.get(0).doubleValue() - chart.getSize().getWidth() / 2.0);
        int y = (int) Math.round(at.get(1).doubleValue() - chart.getSize().getHeight() / 2.0);
        new Actions(d).moveToElement(chart, x, y).click().perform();
    }

    @Test
    void drawsEveryNodeAndEdgeOfTheGraphWithoutAnError() throws Exception {
        ChromeDriver d = open(page("sample.html"));
        int nodes = select(NODES).size();
        int edges = select(EDGES).size();
        assertTrue(nodes > 20 && edges > nodes, nodes + " nodes, " + edges + " edges");
        assertEquals(Integer.toString(nodes), body(d).getAttribute("data-zhitu-nodes"));
        assertEquals(Integer.toString(edges), body(d).getAttribute("data-zhitu-edges"));
        assertEquals(nodes + " nodes \u00b7 " + edges + " edges", d.findElement(By.id("counts")).getText());
        assertTrue(d.findElements(By.id("limit")).isEmpty(), "no note when everything is drawn");
        screenshot(d, "view-sample.png");
        noErrors(d);
        // the same picture each time: ECharts' layout starts from its circular layout, not from random numbers
        Object first = positions(d);
        d.navigate().refresh();
        new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> body(d).getAttribute("data-zhitu-edges") != null);
        assertEquals(first, positions(d));
    }

    static Object positions(ChromeDriver d) {
        return d.executeScript("var c = echarts.getInstanceByDom(document.getElementById('chart'));"
                + "var data = c.getModel().getSeriesByIndex(0).getData(); var out = [];"
                + "for (var i = 0; i < data.count(); i++) out.push(data.getItemLayout(i).map(function (v) { return v.toFixed(3); }).join(','));"
                + "return out.join(' ');");
    }

    @Test
    void aClickOnANodeShowsTheSentencesThatStateItsStatements() throws Exception {
        ChromeDriver d = open(page("sample.html"));
        click(d, QWEN3);
        WebElement panel = d.findElement(By.id("panel"));
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> QWEN3.equals(panel.getAttribute("data-term")));
        assertEquals("Qwen3", panel.findElement(By.tagName("h2")).getText());
        List<QuerySolution> evidence = select(PREFIXES + "SELECT DISTINCT ?text ?doc WHERE { ?e rdf:subject <" + QWEN3 + "> ; "
                + "nif:anchorOf ?text ; prov:wasDerivedFrom ?doc }");
        assertFalse(evidence.isEmpty());
        List<String> quoted = panel.findElements(By.tagName("blockquote")).stream().map(WebElement::getText).toList();
        for (QuerySolution e : evidence) {
            assertTrue(quoted.contains(e.getLiteral("text").getLexicalForm()), "the sentence " + e.get("text") + " among " + quoted);
            String doc = e.getResource("doc").getURI().replace("https://w3id.org/zhitu/id/", "zti:");
            assertTrue(panel.getText().contains(doc), doc + " in " + panel.getText());
        }
        assertTrue(panel.getText().contains("developed by \u2192 Alibaba"), panel.getText());
        new Actions(d).moveToElement(panel).perform(); // the pointer off the graph: no hover effect in the picture
        Thread.sleep(500); // and the tooltip gone (ECharts hides it after a short delay)
        screenshot(d, "view-sample-clicked.png");
        noErrors(d);
    }

    @Test
    void theSearchBoxFindsANodeAndOpensIt() {
        ChromeDriver d = open(page("sample.html"));
        WebElement search = d.findElement(By.id("search"));
        search.sendKeys("stanford uni");
        WebElement matches = d.findElement(By.id("matches"));
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> matches.isDisplayed());
        List<String> found = matches.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
        assertTrue(found.get(0).startsWith("Stanford University"), found.toString());
        search.sendKeys(Keys.ENTER);
        WebElement panel = d.findElement(By.id("panel"));
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> "https://w3id.org/zhitu/id/org/stanford-university".equals(panel.getAttribute("data-term")));
        assertEquals("Stanford University", panel.findElement(By.tagName("h2")).getText());
        noErrors(d);
    }

    @Test
    void pastTheLimitItDrawsTheBestConnectedNodesAndSaysSo() {
        int limit = 8;
        ChromeDriver d = open(page("top.html", "--max-nodes=" + limit));
        // the expected part, worked out here: degree over the whole graph, ties by IRI
        Map<String, Integer> degree = new LinkedHashMap<>();
        for (QuerySolution n : select(NODES)) degree.put(n.get("n").toString(), 0);
        List<QuerySolution> edges = select(EDGES);
        for (QuerySolution e : edges) {
            degree.merge(e.get("s").toString(), 1, Integer::sum);
            if (!e.get("o").equals(e.get("s"))) degree.merge(e.get("o").toString(), 1, Integer::sum);
        }
        List<String> ranked = new ArrayList<>(degree.keySet());
        ranked.sort(Comparator.comparing((String n) -> -degree.get(n)).thenComparing(n -> n));
        Set<String> top = new HashSet<>(ranked.subList(0, limit));
        long among = edges.stream().filter(e -> top.contains(e.get("s").toString()) && top.contains(e.get("o").toString())).count();
        assertEquals(Integer.toString(limit), body(d).getAttribute("data-zhitu-nodes"));
        assertEquals(Long.toString(among), body(d).getAttribute("data-zhitu-edges"));
        assertEquals("Showing the " + limit + " highest-degree nodes of " + degree.size() + " and the " + among
                + " edges among them (of " + edges.size() + ").", d.findElement(By.id("limit")).getText());
        noErrors(d);
    }
}
