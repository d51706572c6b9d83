package io.zhitu.spark;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Spark comes with the cluster, never with zhitu.jar: the build declares it {@code provided} (the shade plugin
 * leaves such dependencies out), only {@code io.zhitu.spark} uses it, and the one bridge from the command line,
 * {@link SparkBench}, shows no Spark type, so that {@code zhitu bench} loads without Spark on the classpath.
 * (The jar itself is opened by {@code io.zhitu.ZhituJarIT} after {@code package}.)
 */
class SparkIsProvidedTest {

    @Test
    void everySparkDependencyIsProvided() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        Element project = pom.getDocumentElement();
        int spark = 0;
        for (Element deps : children(project, "dependencies")) {
            for (Element d : children(deps, "dependency")) {
                if (!text(d, "groupId").equals("org.apache.spark")) continue;
                spark++;
                assertEquals("provided", text(d, "scope"), text(d, "artifactId") + " must be provided: the cluster brings Spark");
            }
        }
        assertTrue(spark > 0, "the build has no Spark dependency");
    }

    @Test
    void onlyTheSparkPackageUsesSparkOrHadoop() throws Exception {
        Pattern imports = Pattern.compile("^import (?:static )?((?:org\\.apache\\.(?:spark|hadoop)|scala)\\.[\\w.]+);", Pattern.MULTILINE);
        Path root = Path.of("src/main/java/io/zhitu");
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (root.relativize(f).startsWith("spark")) continue;
                Matcher m = imports.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) wrong.add(root.relativize(f) + " imports " + m.group(1));
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theBenchBridgeShowsNoSparkType() {
        for (Method m : SparkBench.class.getDeclaredMethods()) {
            if (!java.lang.reflect.Modifier.isPublic(m.getModifiers())) continue;
            List<Class<?>> types = new ArrayList<>(List.of(m.getParameterTypes()));
            types.add(m.getReturnType());
            for (Class<?> t : types) assertFalse(t.getName().startsWith("org.apache.spark"), m + " shows " + t.getName());
        }
    }

    private static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element c && c.getTagName().equals(name)) out.add(c);
        }
        return out;
    }

    private static String text(Element e, String name) {
        List<Element> c = children(e, name);
        return c.isEmpty() ? "" : c.get(0).getTextContent().strip();
    }
}
