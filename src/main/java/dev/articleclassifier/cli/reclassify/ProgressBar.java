package dev.articleclassifier.cli.reclassify;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress on standard error with rate and time left. On a terminal it redraws one line
 * ({@code [#######.......]  45%  450/1000  85/s  ETA 0:06}) a few times a second; elsewhere (a log, CI, a pipe)
 * it prints a plain line every few seconds, so logs stay readable.
 */
public final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final long intervalNanos;
    private final long startNanos = System.nanoTime();
    private long total;
    private long done;
    private long lastPrint;

    /**
     * @param terminal redraw in place; otherwise print a line per interval
     * @param interval how often to print at most
     */
    public ProgressBar(PrintStream err, boolean terminal, Duration interval) {
        this.err = err;
        this.terminal = terminal;
        this.intervalNanos = interval.toNanos();
        this.lastPrint = startNanos;
    }

    /** On a terminal every 200 ms; elsewhere every 5 s. */
    public static ProgressBar forConsole(PrintStream err) {
        boolean terminal = System.console() != null;
        return new ProgressBar(err, terminal, Duration.ofMillis(terminal ? 200 : 5_000));
    }

    /** Sets the expected number of records (0 when unknown: no percentage or ETA). */
    public synchronized void total(long records) {
        this.total = records;
    }

    public synchronized void step() {
        done++;
        long now = System.nanoTime();
        if (now - lastPrint >= intervalNanos) {
            lastPrint = now;
            print(now);
        }
    }

    /** The final state, and the end of the redrawn line. */
    public synchronized void finish() {
        print(System.nanoTime());
        if (terminal) {
            err.println();
        }
        err.flush();
    }

    private void print(long now) {
        String line = line(done, total, (now - startNanos) / 1e9);
        if (terminal) {
            err.print("\r" + line);
        } else {
            err.println("reclassify: " + line);
        }
        err.flush();
    }

    /** {@code [####....]  45%  450/1000  85.2/s  ETA 0:06}, without bar and ETA when the total is unknown. */
    static String line(long done, long total, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        if (total <= 0) {
            return String.format("%d records  %.1f/s", done, rate);
        }
        double fraction = Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        String eta = rate > 0 ? clock(Math.max(0, total - done) / rate) : "?";
        return String.format("[%s] %3.0f%%  %d/%d  %.1f/s  ETA %s", bar, fraction * 100, done, total, rate, eta);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
