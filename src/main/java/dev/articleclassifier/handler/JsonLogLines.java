package dev.articleclassifier.handler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The function's log lines other than per-record ones (rules changes, metrics): one JSON object per line, so that
 * Lambda's JSON log format keeps the fields and CloudWatch Logs Insights can filter on them.
 */
final class JsonLogLines {

    // ASCII only: an S3 key with accents must survive a stdout whose encoding is not UTF-8.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private JsonLogLines() {
    }

    /** A line with its {@code level} ({@code INFO}, {@code WARN}, {@code ERROR}) and {@code message}. */
    static ObjectNode line(String level, String message) {
        ObjectNode line = JSON.createObjectNode();
        line.put("level", level);
        line.put("message", message);
        return line;
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static String format(ObjectNode line) {
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot format a log line", e);
        }
    }
}
