package io.zhitu.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a run on stderr: a line redrawn in place on a terminal, a plain line every few seconds
 * otherwise (logs of nightly jobs), nothing when quiet.
 */
final class Progress {
    private final PrintStream err;
    private final boolean quiet;
    private final boolean terminal;
    private final int total;
    private final long started = System.nanoTime();
    private long lastShown = started;
    private boolean drawn;

    Progress(PrintStream err, boolean quiet, boolean terminal, int total) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = terminal;
        this.total = total;
    }

    void update(int done, long chars) {
        if (quiet || total < 2) return;
        long now = System.nanoTime();
        long every = terminal ? 200_000_000L : 10_000_000_000L;
        if (now - lastShown < every && done < total || !terminal && done == total) return;
        lastShown = now;
        double s = (now - started) / 1e9;
        double rate = s > 0 ? chars / s : 0;
        double eta = done > 0 ? s / done * (total - done) : 0;
        String line = String.format(Locale.ROOT, "%d/%d documents, %.0f chars/s, ETA %s", done, total, rate, duration(eta));
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
            drawn = true;
        } else {
            err.println("zhitu: " + line);
        }
        err.flush();
    }

    /** Clears the in-place line before the summary. */
    void finish() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }

    double seconds() { return (System.nanoTime() - started) / 1e9; }

    static String duration(double s) {
        if (s < 60) return String.format(Locale.ROOT, "%.0fs", s);
        if (s < 3600) return String.format(Locale.ROOT, "%dm%02ds", (int) s / 60, (int) s % 60);
        return String.format(Locale.ROOT, "%dh%02dm", (int) s / 3600, (int) s % 3600 / 60);
    }
}
