package dev.articleclassifier.cli.common;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How a usage mistake is reported: one line naming the command and the offending option or value, picocli's
 * suggestions for a mistyped option, and where to find the options; exit status {@value #STATUS}. The whole
 * help text is not repeated: it would push the one line that matters off the screen.
 */
public final class UsageErrors implements IParameterExceptionHandler {

    public static final int STATUS = 2;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        PrintWriter err = line.getErr();
        err.println(shortName(line) + ": " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return STATUS;
    }

    /**
     * How messages name a command: {@code rules check}, as typed after the program's name, which names only
     * the program itself ({@code article-classifier}).
     */
    public static String shortName(CommandLine line) {
        String qualified = line.getCommandSpec().qualifiedName();
        String root = line.getCommandSpec().root().name();
        return qualified.equals(root) ? root : qualified.substring(root.length() + 1);
    }

    /** A usage error found after parsing (a value out of range, options that exclude each other). */
    public static ParameterException of(CommandLine line, String message) {
        return new ParameterException(line, message);
    }
}
