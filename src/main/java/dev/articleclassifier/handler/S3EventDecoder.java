package dev.articleclassifier.handler;

import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
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
        S3ObjectEntity object = record.getS3().getObject();
        ObjectEvent.Kind kind = kindOf(record.getEventName());
        // Delete notifications carry no size; the event model reads the missing field as 0.
        Long size = kind == ObjectEvent.Kind.REMOVED ? null : object.getSizeAsLong();
        ObjectRef ref = new ObjectRef(record.getS3().getBucket().getName(), decodeKey(object.getKey()),
                blankToNull(object.getVersionId()), blankToNull(object.geteTag()), size == null ? -1 : size);
        String sequencer = object.getSequencer() == null ? "" : object.getSequencer();
        Instant time = record.getEventTime() == null ? null : Instant.ofEpochMilli(record.getEventTime().getMillis());
        return new ObjectEvent(kind, record.getEventName(), ref, sequencer, time);
    }

    /** Form-decodes a key as S3 encodes it in notifications. */
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
