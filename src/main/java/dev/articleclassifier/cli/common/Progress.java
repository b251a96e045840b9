package dev.articleclassifier.cli.common;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress of a long command on standard error, with rate and time left. On a terminal it redraws one line
 * ({@code classify [#######.......]  45%  450/1000  85.2/s  ETA 0:06}) a few times a second; elsewhere (a log, CI,
 * a pipe) it prints a plain line every few seconds, or nothing, as the command chooses. Standard output is not
 * consulted: {@code classify folder > out.jsonl} is exactly the run that wants progress on the screen.
 */
public final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final String name;
    private final boolean terminal;
    private final boolean enabled;
    private final long intervalNanos;
    private final long startNanos = System.nanoTime();
    private long total;
    private long done;
    private long lastPrint;

    /**
     * @param name     what is printed before the line ({@code classify}, {@code reclassify})
     * @param terminal redraw in place; otherwise print a line per interval
     * @param enabled  print anything at all
     * @param interval how often to print at most
     */
    public Progress(PrintStream err, String name, boolean terminal, boolean enabled, Duration interval) {
        this.err = err;
        this.name = name;
        this.terminal = terminal;
        this.enabled = enabled;
        this.intervalNanos = interval.toNanos();
        this.lastPrint = startNanos;
    }

    /** Redrawn every 200 ms when standard error is a terminal; otherwise a line every 5 s, or silent. */
    public static Progress onStandardError(PrintStream err, String name, boolean linesWhenNotTerminal) {
        boolean terminal = err == System.err && Terminals.standardErrorIsTerminal();
        return new Progress(err, name, terminal, terminal || linesWhenNotTerminal,
                Duration.ofMillis(terminal ? 200 : 5_000));
    }

    /** Sets the expected number of items (0 when unknown: no percentage or ETA). */
    public synchronized void total(long items) {
        this.total = items;
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
        if (!enabled) {
            return;
        }
        print(System.nanoTime());
        if (terminal) {
            err.println();
        }
        err.flush();
    }

    private void print(long now) {
        if (!enabled) {
            return;
        }
        String line = name + " " + line(done, total, (now - startNanos) / 1e9);
        if (terminal) {
            err.print("\r" + line);
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** {@code [####....]  45%  450/1000  85.2/s  ETA 0:06}, without bar and ETA when the total is unknown. */
    static String line(long done, long total, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        if (total <= 0) {
            return String.format("%d done  %.1f/s", done, rate);
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
