package dev.articleclassifier.cli.dashboard;

import dev.articleclassifier.classify.Classifier;
import dev.articleclassifier.cli.common.Streams;
import dev.articleclassifier.cli.common.TableOptions;
import dev.articleclassifier.store.PageRequest;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code dashboard}: serves the web page over the article table until the process is stopped. The table is
 * read once at start so that a wrong endpoint or table name is reported here, not as an empty page.
 */
@Command(name = "dashboard", header = "A web page of the table on 127.0.0.1.",
        description = {"Serves a web page over the article table on this machine only (http://127.0.0.1:PORT/): "
                + "articles per topic and per region over time, a breakdown by world region, the latest articles "
                + "with their tags, and the evidence (matched terms) behind one article's tags. It reads the table "
                + "with the same queries as 'query' and 'stats', never scans it, and writes nothing. Stop it with "
                + "Ctrl-C.",
                "The page takes ?from=YYYY-MM-DD&to=YYYY-MM-DD&per=day|week|month|year; by default it shows the 30 "
                + "days up to the newest article. A range too long for the period is drawn with longer periods."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stopped", "1:cannot listen or cannot reach the table", "2:bad usage"})
public final class DashboardCommand implements Callable<Integer> {

    public static final int DEFAULT_PORT = 8080;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "port to listen on, on 127.0.0.1 (default 8080; 0 picks a free port)")
    int port;

    @Mixin
    TableOptions table;


    @Spec
    CommandSpec spec;

    private final Streams io;

    DashboardCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--port': takes 0 to 65535, got "
                    + port);
        }
        DynamoDbClient client = table.client(io.err());
        var queries = table.queries(client);
        try {
            queries.latest(PageRequest.first(1));
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        DashboardServer server;
        try {
            server = DashboardServer.start(port, queries, Catalog.of(Classifier.bundled()));
        } catch (UncheckedIOException e) {
            io.err().println("dashboard: " + e.getMessage());
            client.close();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            client.close();
            stopped.countDown();
        }, "dashboard-shutdown"));
        io.out().println("Dashboard of table " + table.tableName() + " at " + server.uri() + " (Ctrl-C to stop)");
        io.out().flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
