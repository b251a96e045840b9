package dev.articleclassifier.cli;

import dev.articleclassifier.classify.Classifier;
import dev.articleclassifier.cli.dashboard.Catalog;
import dev.articleclassifier.cli.dashboard.DashboardOptions;
import dev.articleclassifier.cli.dashboard.DashboardServer;
import dev.articleclassifier.store.PageRequest;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code dashboard}: serves the web page over the article table until the process is stopped. The table is
 * read once at start so that a wrong endpoint or table name is reported here, not as an empty page.
 */
final class DashboardCommand {

    private DashboardCommand() {
    }

    static int run(List<String> arguments, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(arguments);
        if (QueryCommandOptions.wantsHelp(args)) {
            out.print(DashboardOptions.help(TableConnection.OPTIONS_HELP));
            return 0;
        }
        TableConnection table;
        DashboardOptions options;
        try {
            table = TableConnection.fromArgs(args);
            options = DashboardOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("dashboard: " + e.getMessage());
            err.print(DashboardOptions.help(TableConnection.OPTIONS_HELP));
            return 2;
        }
        DynamoDbClient client = table.client();
        var queries = table.queries(client);
        try {
            queries.latest(PageRequest.first(1));
        } catch (SdkException e) {
            err.println("dashboard: cannot read table " + table.tableName() + ": " + e.getMessage());
            client.close();
            return 1;
        }
        DashboardServer server;
        try {
            server = DashboardServer.start(options.port(), queries, Catalog.of(Classifier.bundled()));
        } catch (UncheckedIOException e) {
            err.println("dashboard: " + e.getMessage());
            client.close();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            client.close();
            stopped.countDown();
        }, "dashboard-shutdown"));
        out.println("Dashboard of table " + table.tableName() + " at " + server.uri() + " (Ctrl-C to stop)");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
