package dev.articleclassifier.cli.dashboard;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Serves only read requests addressed to this machine by name. The server listens on the loopback address, but
 * a web page elsewhere could still point a host name of its own at 127.0.0.1 (DNS rebinding) and read the table
 * through the browser; checking the {@code Host} header defeats that.
 */
final class LocalRequestsOnly extends Filter {

    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final Set<String> METHODS = Set.of("GET", "HEAD");

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (!isLocal(exchange.getRequestHeaders().getFirst("Host"))) {
            Responses.text(exchange, 403, "forbidden: the dashboard answers only to localhost and 127.0.0.1");
            return;
        }
        if (!METHODS.contains(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            Responses.text(exchange, 405, "method not allowed: the dashboard only reads");
            return;
        }
        chain.doFilter(exchange);
    }

    static boolean isLocal(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf(']')) {
            name = name.substring(0, colon);
        }
        return LOCAL_HOSTS.contains(name);
    }

    @Override
    public String description() {
        return "answers only local GET requests";
    }
}
