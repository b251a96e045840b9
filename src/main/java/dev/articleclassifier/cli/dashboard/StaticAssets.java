package dev.articleclassifier.cli.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The page itself: a fixed set of files bundled in the jar next to this class, so the dashboard needs no network
 * and no front-end build. Any other path is a 404; no request can name a file of its own choosing.
 */
final class StaticAssets implements HttpHandler {

    private static final Map<String, Asset> ASSETS = Map.of(
            "/", new Asset("index.html", "text/html; charset=utf-8"),
            "/index.html", new Asset("index.html", "text/html; charset=utf-8"),
            "/dashboard.css", new Asset("dashboard.css", "text/css; charset=utf-8"),
            "/dashboard.js", new Asset("dashboard.js", "text/javascript; charset=utf-8"),
            "/charts.js", new Asset("charts.js", "text/javascript; charset=utf-8"),
            "/favicon.svg", new Asset("favicon.svg", "image/svg+xml"));

    private record Asset(String resource, String contentType) {
        byte[] bytes() {
            try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("dashboard asset missing from the jar: " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Asset asset = ASSETS.get(exchange.getRequestURI().getPath());
        if (asset == null) {
            Responses.text(exchange, 404, "not found");
            return;
        }
        Responses.send(exchange, 200, asset.contentType(), asset.bytes());
    }
}
