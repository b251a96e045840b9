package dev.articleclassifier.handler;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The function's log lines: one JSON object per line, so that Lambda's JSON log format keeps the fields and
 * CloudWatch Logs Insights can filter on them. A line is built as a map (insertion order kept) of strings,
 * numbers, booleans, lists and maps.
 *
 * <p>Written with Jackson's streaming generator, not its object mapper: the mapper's class loading measured
 * several hundred milliseconds of a cold start (README, "Cold starts"), for lines this simple.
 */
final class JsonLogLines {

    // ASCII only: an S3 key with accents must survive a stdout whose encoding is not UTF-8.
    private static final JsonFactory JSON = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private JsonLogLines() {
    }

    /** A line with its {@code level} ({@code INFO}, {@code WARN}, {@code ERROR}) and {@code message}. */
    static Map<String, Object> line(String level, String message) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", level);
        line.put("message", message);
        return line;
    }

    static String format(Map<String, ?> line) {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            write(json, line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot format a log line", e);
        }
        return text.toString();
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number number) {
            json.writeNumber(number.doubleValue());
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> field : map.entrySet()) {
                json.writeFieldName(field.getKey().toString());
                write(json, field.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                write(json, item);
            }
            json.writeEndArray();
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }
}
