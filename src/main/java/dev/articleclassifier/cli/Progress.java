package dev.articleclassifier.cli;

import java.io.PrintStream;

/**
 * A one-line progress counter on standard error, shown only when standard error is a terminal (never in pipes
 * or logs): "classified 1200/30656 files, 2400/s".
 */
final class Progress {

    private final PrintStream err;
    private final boolean enabled;
    private final int total;
    private final long startNanos = System.nanoTime();
    private long lastPrint;

    Progress(PrintStream err, boolean enabled, int total) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
    }

    static boolean isTerminal() {
        return System.console() != null;
    }

    void update(int done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastPrint < 200_000_000L && done < total) {
            return;
        }
        lastPrint = now;
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        err.printf("\rclassified %d/%d files, %.0f/s", done, total, done / seconds);
        if (done == total) {
            err.println();
        }
        err.flush();
    }
}
