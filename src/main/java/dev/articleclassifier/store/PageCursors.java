package dev.articleclassifier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts DynamoDB's {@code LastEvaluatedKey} to an opaque, URL-safe cursor and back. All key attributes of the
 * table and its index are strings, so the key is written as a small JSON object of strings.
 */
final class PageCursors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() { };

    private PageCursors() {
    }

    static String encode(Map<String, AttributeValue> lastEvaluatedKey) {
        if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
            return null;
        }
        Map<String, String> strings = new LinkedHashMap<>();
        lastEvaluatedKey.forEach((name, value) -> strings.put(name, value.s()));
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(strings));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a page cursor", e);
        }
    }

    /** @throws IllegalArgumentException when the cursor was not made by {@link #encode} */
    static Map<String, AttributeValue> decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String json = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            JSON.readValue(json, STRING_MAP).forEach((name, value) -> key.put(name, Items.s(value)));
            return key;
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw new IllegalArgumentException("not a page cursor: " + cursor, e);
        }
    }
}
