package dev.articleclassifier.cli.dashboard;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.articleclassifier.store.ArticleQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The dashboard's web server: the page and its JSON API on the loopback address only, so the table it reads is
 * never exposed to the network. Routes:
 * <ul>
 *   <li>{@code /} the page (and its script, styles and icon)</li>
 *   <li>{@code /api/topics?from&to&per} and {@code /api/regions?from&to&per} articles per tag over time</li>
 *   <li>{@code /api/latest?n} the newest articles with their tags</li>
 *   <li>{@code /api/article?id} one record with the evidence behind its tags</li>
 * </ul>
 */
public final class DashboardServer implements AutoCloseable {

    static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;

    private DashboardServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving on {@code 127.0.0.1:port} ({@code 0} picks a free port).
     *
     * @throws UncheckedIOException when the port is taken
     */
    public static DashboardServer start(int port, ArticleQueries queries, Catalog catalog) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        ChartRange range = new ChartRange(queries, Clock.systemUTC());
        route(server, "/", new StaticAssets());
        route(server, "/api/topics",
                new TimeChartEndpoint(TimeChartEndpoint.topics(catalog), queries::byTopic, range));
        route(server, "/api/regions",
                new TimeChartEndpoint(TimeChartEndpoint.regions(catalog), queries::byRegion, range));
        route(server, "/api/latest", new LatestEndpoint(queries, catalog));
        route(server, "/api/article", new ArticleEndpoint(queries));
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "dashboard-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        return new DashboardServer(server, executor);
    }

    private static void route(HttpServer server, String path, HttpHandler handler) {
        HttpContext context = server.createContext(path, exchange -> {
            // contexts match by prefix: "/api/topicsX" must not reach the topics endpoint
            String requested = exchange.getRequestURI().getPath();
            if (!path.equals("/") && !requested.equals(path)) {
                Responses.text(exchange, 404, "not found");
                return;
            }
            handler.handle(exchange);
        });
        context.getFilters().add(new LocalRequestsOnly());
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops accepting requests, lets running ones finish for up to a second, and stops the worker threads. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
