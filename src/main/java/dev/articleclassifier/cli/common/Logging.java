package dev.articleclassifier.cli.common;

/**
 * The command line's one logging set-up. The AWS SDK logs through SLF4J, bound here to slf4j-simple writing to
 * standard error: warnings and errors only by default, so a command prints its own output and nothing else,
 * and everything down to debug (requests, retries, credentials lookup) with {@code --verbose}. It must run
 * before the first logger is created, which is why {@link dev.articleclassifier.cli.Main} calls it first.
 */
public final class Logging {

    private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Logging() {
    }

    /** Sets the level unless the user chose one with {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=...}. */
    public static void configure(boolean verbose) {
        if (verbose) {
            System.setProperty(LEVEL, "debug");
        } else if (System.getProperty(LEVEL) == null) {
            System.setProperty(LEVEL, "warn");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
    }

    /** Whether {@code --verbose} (or {@code -v}) appears among the arguments, wherever it stands. */
    public static boolean wantsVerbose(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals("--verbose") || arg.equals("-v")) {
                return true;
            }
        }
        return false;
    }
}
