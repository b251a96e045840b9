package dev.articleclassifier.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The frame of a command that only reads the article table ({@code query}, {@code stats}): help on
 * {@code -h}/{@code --help}; the table options, then the command's own, parsed before any call (a mistake exits
 * with status 2); one client for the run, and an unreachable or failing table reported with status 1.
 */
final class TableReadCommand {

    /** What a command does with its parsed request and the open client; returns the exit status. */
    interface Body<R> {
        int run(R request, TableConnection connection, DynamoDbClient client);
    }

    private TableReadCommand() {
    }

    /**
     * @param name  the command's name, which starts each error message
     * @param parse takes the command's options out of the (mutable) arguments left after the table options
     */
    static <R> int run(String name, String help, List<String> arguments, Function<List<String>, R> parse,
                       Body<R> body, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(arguments);
        if (QueryCommandOptions.wantsHelp(args)) {
            out.print(help);
            return 0;
        }
        R request;
        TableConnection connection;
        try {
            connection = TableConnection.fromArgs(args);
            request = parse.apply(args);
        } catch (IllegalArgumentException e) {
            err.println(name + ": " + e.getMessage() + " (see --help)");
            return 2;
        }
        try (DynamoDbClient client = connection.client()) {
            return body.run(request, connection, client);
        } catch (SdkException e) {
            err.println(name + ": cannot read table " + connection.tableName() + ": " + e.getMessage());
            return 1;
        }
    }
}
