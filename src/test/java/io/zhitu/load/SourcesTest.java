package io.zhitu.load;

import io.zhitu.core.Source;
import io.zhitu.core.ZhituException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class SourcesTest {
    @TempDir Path dir;

    @Test void readsAFileWithItsNameAsGiven() throws IOException {
        Path p = dir.resolve("a.txt");
        Files.writeString(p, "標題\n正文。");
        Source s = Sources.fromPath(p, "https://example.com/a", "Big5");
        assertEquals(p.toString(), s.name());
        assertArrayEquals("標題\n正文。".getBytes(StandardCharsets.UTF_8), s.bytes());
        assertEquals("https://example.com/a", s.url());
        assertEquals("Big5", s.encoding());
    }

    @Test void missingFile() {
        Path p = dir.resolve("nope.txt");
        ZhituException e = assertThrows(ZhituException.class, () -> Sources.fromPath(p, null, null));
        assertEquals(p + ": no such file", e.getMessage());
    }

    @Test void directory() {
        ZhituException e = assertThrows(ZhituException.class, () -> Sources.fromPath(dir, null, null));
        assertEquals(dir + ": is a folder with no files to read", e.getMessage());
    }

    @Test void unreadableFile() throws IOException {
        Path p = dir.resolve("secret.txt");
        Files.writeString(p, "text");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(p), "running as a user who can read anything (root)");
        ZhituException e = assertThrows(ZhituException.class, () -> Sources.fromPath(p, null, null));
        assertEquals(p + ": cannot read (permission denied)", e.getMessage());
    }

    @Test void tooLargeIsRefusedBeforeReading() throws IOException {
        Path p = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(Sources.MAX_BYTES + 1); // sparse: costs no disk
        }
        ZhituException e = assertThrows(ZhituException.class, () -> Sources.fromPath(p, null, null));
        assertEquals(p + ": too large (52428801 bytes; the limit is 52428800)", e.getMessage());
    }

    @Test void stdinIsNamedDash() {
        Source s = Sources.fromStdin(new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)), null, null);
        assertEquals("-", s.name());
        assertEquals("hello", new String(s.bytes(), StandardCharsets.UTF_8));
        assertNull(s.url());
    }

    @Test void stdinTooLargeCountsEveryByte() {
        InputStream endless = new InputStream() {
            long left = Sources.MAX_BYTES + 10;
            @Override public int read() { return left-- > 0 ? 'a' : -1; }
            @Override public int read(byte[] b, int off, int len) {
                if (left <= 0) return -1;
                int n = (int) Math.min(len, left);
                left -= n;
                return n;
            }
        };
        ZhituException e = assertThrows(ZhituException.class, () -> Sources.fromStdin(endless, null, null));
        assertEquals("-: too large (52428810 bytes; the limit is 52428800)", e.getMessage());
    }

    @Test void aFileNameWithLineBreaksAndControlsIsEscapedToOneLine() {
        Path p = dir.resolve("bad\nname\r\t\u001b[31m.txt");
        ZhituException e = assertThrows(ZhituException.class, () -> Sources.fromPath(p, null, null));
        String expected = dir + "/bad\\nname\\r\\t\\u001B[31m.txt: no such file";
        assertEquals(expected, e.getMessage());
    }

    @Test void aFileWithANewlineInItsNameIsReadAndItsErrorsAreOneLine() throws IOException {
        Path p = dir.resolve("two\nlines.txt");
        Files.write(p, new byte[0]);
        Source s = Sources.fromPath(p, null, null);
        ZhituException e = assertThrows(ZhituException.class, () -> new ArticleLoader().load(s));
        assertEquals(dir + "/two\\nlines.txt: empty file", e.getMessage());
    }

    @Test void aForcedEncodingWithALineBreakIsQuotedOnOneLine() {
        Source s = new Source("a.txt", "正文。".getBytes(StandardCharsets.UTF_8), null, "utf-8\nX-Evil: 1");
        ZhituException e = assertThrows(ZhituException.class, () -> new ArticleLoader().load(s));
        assertEquals("a.txt: unknown encoding 'utf-8\\nX-Evil: 1'", e.getMessage());
    }

    @Test void oneLineKeepsOrdinaryTextAndEscapesSeparators() {
        assertEquals("標題 a\\b 👩‍💻", ZhituException.oneLine("標題 a\\b 👩‍💻"));
        assertEquals("a\\u2028b\\u2029c\\u0085d\\u202Ee\\u0000", ZhituException.oneLine("a\u2028b\u2029c\u0085d\u202Ee\u0000"));
    }
}
