package io.zhitu.query;

import io.zhitu.core.ZhituException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The named queries: those bundled under {@code queries/} (listed by {@code queries/INDEX}, one name a
 * line, so that the jar needs no directory listing), and users' own {@code .rq} files.
 */
public final class QueryLibrary {

    /** The classpath folder of the bundled queries. */
    public static final String FOLDER = "queries/";
    /** The file of {@link #FOLDER} that lists the bundled query names. */
    public static final String INDEX = FOLDER + "INDEX";

    private final Map<String, BundledQuery> byName = new TreeMap<>();

    public QueryLibrary(List<BundledQuery> queries) {
        for (BundledQuery q : queries) {
            if (byName.put(q.name(), q) != null) throw new IllegalArgumentException("two queries named " + q.name());
        }
    }

    /** The queries shipped with zhitu (read from the classpath). */
    public static QueryLibrary standard() {
        ClassLoader cl = QueryLibrary.class.getClassLoader();
        List<BundledQuery> queries = new ArrayList<>();
        for (String name : names(resource(cl, INDEX))) {
            queries.add(BundledQuery.of(name, resource(cl, FOLDER + name + ".rq")));
        }
        return new QueryLibrary(queries);
    }

    /** The names listed by an INDEX text: one a line, blank lines and {@code #} comments skipped. */
    static List<String> names(String index) {
        List<String> names = new ArrayList<>();
        for (String line : index.split("\r?\n")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) names.add(s);
        }
        return names;
    }

    private static String resource(ClassLoader cl, String path) {
        try (InputStream in = cl.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path + " (is queries/ packaged?)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every query, sorted by name. */
    public List<BundledQuery> all() {
        return List.copyOf(byName.values());
    }

    /** The names, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** @throws ZhituException {@code unknown query 'foo' (zhitu queries lists them)} */
    public BundledQuery get(String name) {
        BundledQuery q = byName.get(name);
        if (q == null) throw new ZhituException("unknown query '" + name + "' (zhitu queries lists them)");
        return q;
    }

    /**
     * A query by name, or a user's file when the argument ends with {@code .rq} or names a path
     * ({@code my.rq}, {@code ./q/x.rq}).
     */
    public BundledQuery resolve(String nameOrFile) {
        if (nameOrFile.endsWith(".rq") || nameOrFile.contains("/") || nameOrFile.contains("\\")) {
            return load(Path.of(nameOrFile));
        }
        return get(nameOrFile);
    }

    /**
     * A user's query file (UTF-8), named after the file without {@code .rq}; its header is optional.
     *
     * @throws ZhituException {@code FILE: no such file}, or a header error
     */
    public static BundledQuery load(Path file) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new ZhituException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new ZhituException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new ZhituException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String name = fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        return BundledQuery.of(name, text);
    }
}
