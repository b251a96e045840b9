package dev.articleclassifier.handler;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.RequestParametersEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.ResponseElementsEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.UserIdentityEntity;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds S3 event notifications the way S3 sends them (the shape of the files in {@code events/}), for the local
 * run and benchmarks, where no real bucket notifies anyone: keys form-encoded per path segment, a sequencer that
 * grows with every event, the event time in UTC.
 */
public final class S3Notifications {

    private static final String REGION = "us-east-1";
    private static final String CONFIGURATION_ID = "incoming-articles";

    // Starts at the current time so sequencers also grow across runs against the same table.
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() * 1_000);

    /** An {@code ObjectCreated:Put} record. */
    public S3EventNotificationRecord created(String bucket, String key, long size, String eTag) {
        return record("ObjectCreated:Put", bucket,
                new S3ObjectEntity(encodeKey(key), size, stripQuotes(eTag), null, nextSequencer()));
    }

    /** An {@code ObjectRemoved:Delete} record (S3 sends neither size nor eTag for deletes). */
    public S3EventNotificationRecord removed(String bucket, String key) {
        return record("ObjectRemoved:Delete", bucket,
                new S3ObjectEntity(encodeKey(key), (Long) null, null, null, nextSequencer()));
    }

    /** One event holding the given records, as S3 may batch them. */
    public static S3Event event(List<S3EventNotificationRecord> records) {
        return new S3Event(new ArrayList<>(records));
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

    private static S3EventNotificationRecord record(String eventName, String bucket, S3ObjectEntity object) {
        S3BucketEntity bucketEntity = new S3BucketEntity(bucket, new UserIdentityEntity("LOCAL"),
                "arn:aws:s3:::" + bucket);
        S3Entity s3 = new S3Entity(CONFIGURATION_ID, bucketEntity, object, "1.0");
        return new S3EventNotificationRecord(REGION, eventName, "aws:s3", Instant.now().toString(), "2.1",
                new RequestParametersEntity("127.0.0.1"), new ResponseElementsEntity("local", "local"), s3,
                new UserIdentityEntity("LOCAL"));
    }

    private static String stripQuotes(String eTag) {
        return eTag == null ? null : eTag.replace("\"", "");
    }
}
