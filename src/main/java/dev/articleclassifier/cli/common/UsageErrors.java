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
        String name = line.getCommandSpec().qualifiedName();
        err.println(name + ": " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + name + " --help' for the options.");
        err.flush();
        return STATUS;
    }

    /** A usage error found after parsing (a value out of range, options that exclude each other). */
    public static ParameterException of(CommandLine line, String message) {
        return new ParameterException(line, message);
    }
}
