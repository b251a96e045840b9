package dev.articleclassifier.cli.common;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * How a command that failed while running is reported: one line with the command's name and the cause, exit
 * status 1. A stack trace is for developers, printed with {@code --verbose}. The AWS SDK's "cannot find a
 * region / credentials" errors get the hint a new user needs: the local stack, or the SDK's environment.
 */
public final class Failures implements IExecutionExceptionHandler {

    public static final int STATUS = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine line, ParseResult parsed) {
        PrintWriter err = line.getErr();
        err.println(UsageErrors.shortName(line) + ": " + describe(e));
        if (parsed.hasMatchedOption("--verbose")) {
            e.printStackTrace(err);
        }
        err.flush();
        return STATUS;
    }

    /** The message, with a hint when the SDK could not find where or as whom to connect. */
    public static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof SdkClientException && (message.contains("region") || message.contains("credentials"))) {
            return message + "\n  For the local stack, run 'article-classifier local --watch' in another terminal"
                    + " (its endpoints are then found by every command) or pass --endpoint URL; for AWS, set"
                    + " AWS_REGION and credentials (AWS_PROFILE) as for any AWS SDK program.";
        }
        return message;
    }
}
