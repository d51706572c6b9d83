package io.zhitu.load;

import io.zhitu.core.Source;
import io.zhitu.core.ZhituException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads an input's raw bytes, refusing what cannot be an article before anything tries to decode it,
 * so that the user hears about a wrong path or a huge file in one line.
 */
public final class Sources {
    /** Inputs above this many bytes are refused: no news article is that large. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** The name standard input goes by in messages. */
    public static final String STDIN = "-";

    private Sources() {}

    /**
     * Reads a file.
     *
     * @param p        the path as the user gave it (messages name it so)
     * @param url      the page's URL, or null
     * @param encoding a forced charset name, or null to detect
     */
    public static Source fromPath(Path p, String url, String encoding) {
        String name = p.toString();
        if (!Files.exists(p)) throw error(name, "no such file");
        if (Files.isDirectory(p)) throw error(name, "is a folder with no files to read");
        if (!Files.isReadable(p)) throw error(name, "cannot read (permission denied)");
        try {
            long size = Files.size(p);
            if (size > MAX_BYTES) throw tooLarge(name, size);
            byte[] bytes = Files.readAllBytes(p);
            if (bytes.length > MAX_BYTES) throw tooLarge(name, bytes.length); // grew while we looked
            return new Source(name, bytes, url, encoding);
        } catch (NoSuchFileException e) {
            throw error(name, "no such file");
        } catch (AccessDeniedException e) {
            throw error(name, "cannot read (permission denied)");
        } catch (IOException e) {
            throw error(name, "cannot read (" + oneLine(e.getMessage()) + ")");
        }
    }

    /**
     * An input whose bytes someone else has read (a Spark job reads files through Hadoop's file systems):
     * refused above the same limit as a file, with the same message.
     */
    public static Source fromBytes(String name, byte[] bytes, String url, String encoding) {
        if (bytes.length > MAX_BYTES) throw tooLarge(name, bytes.length);
        return new Source(name, bytes, url, encoding);
    }

    /** Reads standard input (or any stream) to its end; its name in messages is "-". */
    public static Source fromStdin(InputStream in, String url, String encoding) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buf)) >= 0) {
                total += n;
                if (total <= MAX_BYTES) out.write(buf, 0, n);
                // past the limit keep counting, so the message can say how large it was
            }
            if (total > MAX_BYTES) throw tooLarge(STDIN, total);
            return new Source(STDIN, out.toByteArray(), url, encoding);
        } catch (IOException e) {
            throw error(STDIN, "cannot read (" + oneLine(e.getMessage()) + ")");
        }
    }

    static ZhituException error(String name, String cause) {
        return new ZhituException(name + ": " + cause);
    }

    private static ZhituException tooLarge(String name, long size) {
        return error(name, "too large (" + size + " bytes; the limit is " + MAX_BYTES + ")");
    }

    private static String oneLine(String s) {
        return s == null ? "I/O error" : s.replaceAll("\\s+", " ").trim();
    }
}
