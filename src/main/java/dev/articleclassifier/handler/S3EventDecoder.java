package dev.articleclassifier.handler;

import dev.articleclassifier.store.ObjectRef;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the JSON of an S3 event notification, as Lambda delivers it, into {@link ObjectEvent}s, one per record, in
 * delivery order.
 *
 * <p>The function reads the JSON itself rather than through the Lambda event library's {@code S3Event}: that model
 * drags joda-time into the package and the runtime's reflective event serialisation into every cold start, for the
 * eight fields used here ({@code eventName}, {@code eventTime}, bucket name, key, size, eTag, versionId,
 * sequencer).
 *
 * <p>S3 puts object keys into notifications form-encoded: a space arrives as {@code +}, a literal plus as
 * {@code %2B}, and non-ASCII characters as percent-encoded UTF-8. Using the raw key would read a different (usually
 * missing) object.
 */
public final class S3EventDecoder {

    private S3EventDecoder() {
    }

    /**
     * Decodes every record; an event without records (such as S3's test event) decodes to an empty list.
     *
     * @throws IllegalArgumentException when the bytes are not a JSON object
     */
    public static List<ObjectEvent> decode(byte[] json) {
        Object event;
        try {
            event = JsonValues.read(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("the event is not JSON: " + e.getMessage(), e);
        }
        if (!(event instanceof Map<?, ?> fields)) {
            throw new IllegalArgumentException("the event is not a JSON object");
        }
        List<ObjectEvent> decoded = new ArrayList<>();
        if (fields.get("Records") instanceof List<?> records) {
            for (Object record : records) {
                decoded.add(decodeRecord(object(record)));
            }
        }
        return decoded;
    }

    /** As {@link #decode(byte[])}, for JSON text. */
    public static List<ObjectEvent> decode(String json) {
        return decode(json.getBytes(StandardCharsets.UTF_8));
    }

    static ObjectEvent decodeRecord(Map<?, ?> record) {
        Map<?, ?> s3 = object(record.get("s3"));
        Map<?, ?> object = object(s3.get("object"));
        String eventName = text(record, "eventName");
        ObjectEvent.Kind kind = kindOf(eventName);
        // Delete notifications carry no size.
        long size = kind != ObjectEvent.Kind.REMOVED && object.get("size") instanceof Number n ? n.longValue() : -1;
        ObjectRef ref = new ObjectRef(text(object(s3.get("bucket")), "name"), decodeKey(text(object, "key")),
                text(object, "versionId"), text(object, "eTag"), size);
        String sequencer = text(object, "sequencer");
        return new ObjectEvent(kind, eventName, ref, sequencer == null ? "" : sequencer,
                instant(text(record, "eventTime")));
    }

    /** Form-decodes a key as S3 encodes it in notifications. */
    public static String decodeKey(String encoded) {
        return encoded == null ? null : URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    static ObjectEvent.Kind kindOf(String eventName) {
        if (eventName == null) {
            return ObjectEvent.Kind.UNSUPPORTED;
        }
        // Lambda receives names without the "s3:" prefix that bucket configurations use; accept both.
        String name = eventName.startsWith("s3:") ? eventName.substring(3) : eventName;
        if (name.startsWith("ObjectCreated:")) {
            return ObjectEvent.Kind.CREATED;
        }
        if (name.startsWith("ObjectRemoved:")) {
            return ObjectEvent.Kind.REMOVED;
        }
        return ObjectEvent.Kind.UNSUPPORTED;
    }

    /** A JSON object, or an empty one for anything else (a missing or malformed part of the record). */
    private static Map<?, ?> object(Object value) {
        return value instanceof Map<?, ?> map ? map : Map.of();
    }

    /** A field's text, or null when it is missing, null or empty. */
    private static String text(Map<?, ?> object, String field) {
        Object value = object.get(field);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
