package dev.articleclassifier.cli.common;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The standard streams a command reads and writes. Commands take them in their constructor instead of using
 * {@link System#out}, so tests run a whole command line in process and read what it printed.
 */
public record Streams(InputStream in, PrintStream out, PrintStream err) {

    public static Streams system() {
        return new Streams(System.in, System.out, System.err);
    }
}
