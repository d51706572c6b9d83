package io.zhitu.load;

import io.zhitu.core.ZhituException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns what the user typed into the list of inputs to read: files as they are, folders walked
 * recursively (sorted, hidden files skipped), globs ({@code news/*.html}, {@code corpus/**.txt}),
 * {@code @list.txt} files (one input per line, {@code #} comments) and {@code -} for standard input.
 * A name that matches nothing stays in the list, so that reading it reports the problem in its turn.
 */
public final class Inputs {
    private Inputs() {}

    /** The inputs in the order given, each folder's files in name order. */
    public static List<String> expand(List<String> args) {
        List<String> out = new ArrayList<>();
        for (String a : args) expandOne(a, out, 0);
        return out;
    }

    private static void expandOne(String a, List<String> out, int depth) {
        if (a.equals(Sources.STDIN)) {
            out.add(a);
        } else if (a.startsWith("@") && a.length() > 1) {
            if (depth > 8) throw new ZhituException(a + ": lists nest too deeply");
            Path list = Paths.get(a.substring(1));
            if (!Files.isRegularFile(list)) throw new ZhituException(a.substring(1) + ": no such list file");
            try {
                for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                    String t = line.strip();
                    if (!t.isEmpty() && !t.startsWith("#")) expandOne(t, out, depth + 1);
                }
            } catch (IOException e) {
                throw new ZhituException(a.substring(1) + ": cannot read the list (" + e.getMessage() + ")");
            }
        } else if (isGlob(a)) {
            int before = out.size();
            glob(a, out);
            if (out.size() == before) out.add(a); // reported as "no such file" when read
        } else {
            Path p = Paths.get(a);
            int before = out.size();
            if (Files.isDirectory(p)) walk(p, out);
            if (out.size() == before) out.add(a); // a file, or a folder with nothing to read: reported when read
        }
    }

    static boolean isGlob(String a) {
        return a.indexOf('*') >= 0 || a.indexOf('?') >= 0 || a.indexOf('[') >= 0 || a.indexOf('{') >= 0;
    }

    private static void glob(String pattern, List<String> out) {
        // the fixed leading folders of the pattern are where the walk starts
        String norm = pattern.replace('\\', '/');
        int firstMeta = 0;
        while (firstMeta < norm.length() && "*?[{".indexOf(norm.charAt(firstMeta)) < 0) firstMeta++;
        int slash = norm.lastIndexOf('/', firstMeta);
        Path root = slash < 0 ? Paths.get(".") : Paths.get(slash == 0 ? "/" : norm.substring(0, slash));
        if (!Files.isDirectory(root)) return;
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + norm);
        boolean relative = slash < 0;
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> !hidden(root.relativize(p)))
                    .map(p -> relative ? root.relativize(p) : p)
                    .filter(m::matches)
                    .map(Path::toString)
                    .sorted()
                    .forEach(out::add);
        } catch (IOException e) {
            throw new ZhituException(pattern + ": cannot list (" + e.getMessage() + ")");
        }
    }

    private static void walk(Path dir, List<String> out) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> !hidden(dir.relativize(p)))
                    .map(Path::toString)
                    .sorted()
                    .forEach(out::add);
        } catch (IOException e) {
            throw new ZhituException(dir + ": cannot list (" + e.getMessage() + ")");
        }
    }

    private static boolean hidden(Path rel) {
        for (Path part : rel) if (part.toString().startsWith(".")) return true;
        return false;
    }
}
