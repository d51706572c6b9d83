package io.zhitu;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pipeline's floors, read off the imports: the records of {@code core} import no stage, a stage imports only
 * the stages before it, the orchestrator {@code pipeline} stands above them all, and nothing imports {@code cli}.
 */
class LayersTest {

    /** What each package may import of the project, besides itself. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("core", Set.of()),
            Map.entry("load", Set.of("core")),
            Map.entry("clean", Set.of("core", "load")),
            Map.entry("normalize", Set.of("core", "load", "clean")),
            Map.entry("recognize", Set.of("core", "load", "clean", "normalize")),
            Map.entry("relate", Set.of("core", "load", "clean", "normalize", "recognize")),
            Map.entry("rdf", Set.of("core", "load", "clean", "normalize", "recognize", "relate")),
            Map.entry("store", Set.of("core", "rdf")),
            Map.entry("query", Set.of("core", "rdf", "store")),
            Map.entry("view", Set.of("core", "rdf", "store", "query")),
            Map.entry("pipeline", Set.of("core", "load", "clean", "normalize", "recognize", "relate", "rdf", "store")),
            Map.entry("bench", Set.of("core", "load", "clean", "normalize", "recognize", "relate", "rdf", "store", "pipeline")),
            Map.entry("spark", Set.of("core", "load", "clean", "normalize", "recognize", "relate", "rdf", "store", "pipeline")));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.zhitu\\.([a-z]+)\\.", Pattern.MULTILINE);

    @Test
    void eachPackageImportsOnlyTheFloorsBelowIt() throws IOException {
        Path root = Path.of("src/main/java/io/zhitu");
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = root.relativize(f);
                if (rel.getNameCount() < 2) continue; // Main
                String pkg = rel.getName(0).toString();
                if (pkg.equals("cli")) continue; // cli may import everything
                Set<String> allowed = ALLOWED.get(pkg);
                assertTrue(allowed != null, "a package the layering does not know: " + pkg);
                Matcher m = IMPORT.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    String to = m.group(1);
                    if (!to.equals(pkg) && !allowed.contains(to)) wrong.add(rel + " imports io.zhitu." + to);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
