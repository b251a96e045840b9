package dev.articleclassifier.cli.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * One JSON API route. Subclasses answer with a value that Jackson writes; failures become an error object
 * {@code {"error": "..."}} with a status that tells the page what went wrong: 400 for a bad parameter, 404 for an
 * unknown article, 502 when the table cannot be read.
 */
abstract class JsonEndpoint implements HttpHandler {

    static final ObjectMapper JSON = new ObjectMapper().setDefaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
    private static final Logger LOG = Logger.getLogger(JsonEndpoint.class.getName());

    /** The value to send for a well-formed request. */
    abstract Object answer(QueryParameters parameters);

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        int status = 200;
        Object body;
        try {
            body = answer(QueryParameters.of(exchange.getRequestURI()));
        } catch (IllegalArgumentException e) {
            status = 400;
            body = error(e.getMessage());
        } catch (NotFoundException e) {
            status = 404;
            body = error(e.getMessage());
        } catch (SdkException e) {
            LOG.log(Level.WARNING, "table read failed for " + exchange.getRequestURI(), e);
            status = 502;
            body = error("cannot read the table: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "dashboard request failed: " + exchange.getRequestURI(), e);
            status = 500;
            body = error("internal error: " + e);
        }
        Responses.send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    private static Map<String, String> error(String message) {
        return Map.of("error", message == null ? "unknown error" : message);
    }

    /** Thrown by an endpoint when the thing asked for does not exist. */
    static final class NotFoundException extends RuntimeException {
        NotFoundException(String message) {
            super(message);
        }
    }
}
