package dev.articleclassifier.handler;

import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import dev.articleclassifier.store.ObjectRef;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an S3 event notification into {@link ObjectEvent}s, one per record, in delivery order.
 *
 * <p>S3 puts object keys into notifications form-encoded: a space arrives as {@code +}, a literal plus as
 * {@code %2B}, and non-ASCII characters as percent-encoded UTF-8. Using the raw key would read a different (usually
 * missing) object.
 *
 * <p>Each record is decoded on its own: one that names no object (no {@code s3} field, a key that is not valid form
 * encoding such as {@code 100%.txt}) or a delete that carries no sequencer becomes a
 * {@link ObjectEvent.Kind#MALFORMED} event, so it is refused and logged while its neighbours are processed.
 */
public final class S3EventDecoder {

    private S3EventDecoder() {
    }

    /** Decodes every record; an event without records (such as S3's test event) decodes to an empty list. */
    public static List<ObjectEvent> decode(S3EventNotification event) {
        List<ObjectEvent> decoded = new ArrayList<>();
        if (event == null || event.getRecords() == null) {
            return decoded;
        }
        for (S3EventNotificationRecord record : event.getRecords()) {
            decoded.add(decodeRecord(record));
        }
        return decoded;
    }

    static ObjectEvent decodeRecord(S3EventNotificationRecord record) {
        if (record == null) {
            return ObjectEvent.malformed(null, new ObjectRef("", "", null, null, -1), "", "empty record");
        }
        S3Entity s3 = record.getS3();
        S3ObjectEntity object = s3 == null ? null : s3.getObject();
        S3BucketEntity bucket = s3 == null ? null : s3.getBucket();
        String bucketName = bucket == null || bucket.getName() == null ? "" : bucket.getName();
        String rawKey = object == null || object.getKey() == null ? "" : object.getKey();
        String sequencer = object == null || object.getSequencer() == null ? "" : object.getSequencer();
        ObjectRef asSent = new ObjectRef(bucketName, rawKey, null, null, -1);
        if (object == null || bucket == null) {
            return ObjectEvent.malformed(record.getEventName(), asSent, sequencer, "record has no s3 object or bucket");
        }
        if (bucketName.isEmpty() || rawKey.isEmpty()) {
            return ObjectEvent.malformed(record.getEventName(), asSent, sequencer, "record names no bucket or key");
        }
        String key;
        try {
            key = decodeKey(rawKey);
        } catch (IllegalArgumentException e) {
            return ObjectEvent.malformed(record.getEventName(), asSent, sequencer,
                    "key is not valid form encoding: " + e.getMessage());
        }
        ObjectEvent.Kind kind = kindOf(record.getEventName());
        if (kind == ObjectEvent.Kind.REMOVED && sequencer.isEmpty()) {
            // Without a sequencer a delete cannot be ordered against the puts of the same key; retrying cannot help.
            return ObjectEvent.malformed(record.getEventName(), new ObjectRef(bucketName, key, null, null, -1), "",
                    "delete without a sequencer");
        }
        // Delete notifications carry no size; the event model reads the missing field as 0.
        Long size = kind == ObjectEvent.Kind.REMOVED ? null : object.getSizeAsLong();
        ObjectRef ref = new ObjectRef(bucketName, key, blankToNull(object.getVersionId()),
                blankToNull(object.geteTag()), size == null ? -1 : size);
        Instant time = record.getEventTime() == null ? null : Instant.ofEpochMilli(record.getEventTime().getMillis());
        return new ObjectEvent(kind, record.getEventName(), ref, sequencer, time);
    }

    /** Form-decodes a key as S3 encodes it in notifications; throws on a malformed percent escape. */
    public static String decodeKey(String encoded) {
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
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

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
