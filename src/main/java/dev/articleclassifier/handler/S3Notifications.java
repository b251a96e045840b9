package dev.articleclassifier.handler;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds S3 event notifications as JSON in the shape S3 sends them (the shape of the files in {@code events/}), for
 * the local run and benchmarks, where no real bucket notifies anyone: keys form-encoded per path segment, a
 * sequencer that grows with every event, the event time in UTC.
 */
public final class S3Notifications {

    private static final String REGION = "us-east-1";
    private static final String CONFIGURATION_ID = "incoming-articles";

    // Starts at the current time so sequencers also grow across runs against the same table.
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() * 1_000);

    /** An {@code ObjectCreated:Put} record, as JSON. */
    public String created(String bucket, String key, long size, String eTag) {
        String object = "\"key\":" + quote(encodeKey(key)) + ",\"size\":" + size
                + (eTag == null ? "" : ",\"eTag\":" + quote(eTag.replace("\"", "")))
                + ",\"sequencer\":" + quote(nextSequencer());
        return record("ObjectCreated:Put", bucket, object);
    }

    /** An {@code ObjectRemoved:Delete} record (S3 sends neither size nor eTag for deletes), as JSON. */
    public String removed(String bucket, String key) {
        return record("ObjectRemoved:Delete", bucket,
                "\"key\":" + quote(encodeKey(key)) + ",\"sequencer\":" + quote(nextSequencer()));
    }

    /** One event holding the given records, as S3 may batch them. */
    public static String event(List<String> records) {
        return "{\"Records\":[" + String.join(",", records) + "]}";
    }

    /** Encodes a key as S3 does in notifications: form encoding per segment, slashes kept. */
    public static String encodeKey(String key) {
        String[] segments = key.split("/", -1);
        StringBuilder encoded = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                encoded.append('/');
            }
            encoded.append(URLEncoder.encode(segments[i], StandardCharsets.UTF_8));
        }
        return encoded.toString();
    }

    private String nextSequencer() {
        return String.format("%018X", sequence.incrementAndGet());
    }

    private static String record(String eventName, String bucket, String objectFields) {
        return "{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\"" + REGION + "\""
                + ",\"eventTime\":\"" + Instant.now() + "\",\"eventName\":\"" + eventName + "\""
                + ",\"userIdentity\":{\"principalId\":\"LOCAL\"}"
                + ",\"s3\":{\"s3SchemaVersion\":\"1.0\",\"configurationId\":\"" + CONFIGURATION_ID + "\""
                + ",\"bucket\":{\"name\":" + quote(bucket) + ",\"arn\":" + quote("arn:aws:s3:::" + bucket) + "}"
                + ",\"object\":{" + objectFields + "}}}";
    }

    /** A JSON string; bucket names and encoded keys hold no characters that need more than these escapes. */
    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
