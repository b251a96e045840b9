package dev.articleclassifier.cli.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal. Java answers only for standard input and output together
 * ({@link System#console()}), which is the wrong question for progress: {@code classify folder > out.jsonl} has
 * its output in a file and its standard error on the screen. On Linux the descriptor's link in {@code /proc}
 * names the device; elsewhere the console is the best guess there is.
 */
public final class Terminals {

    private static final Path STANDARD_ERROR = Path.of("/proc/self/fd/2");

    private Terminals() {
    }

    public static boolean standardErrorIsTerminal() {
        if (Files.exists(STANDARD_ERROR, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return isTerminal(STANDARD_ERROR);
        }
        return System.console() != null;
    }

    /** Whether a descriptor link ({@code /proc/self/fd/N}) points at a terminal device. */
    static boolean isTerminal(Path descriptorLink) {
        try {
            String target = Files.readSymbolicLink(descriptorLink).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
