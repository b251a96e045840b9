package dev.articleclassifier.handler;

import dev.articleclassifier.store.ObjectRef;
import java.time.Instant;

/**
 * One S3 notification record, decoded: which object, what happened to it, and its place in S3's per-key order.
 *
 * @param kind      whether the object was created or removed
 * @param eventName S3's own name, such as {@code ObjectCreated:Put}, kept for logs
 * @param object    the object, with its key already URL-decoded
 * @param sequencer S3's per-key ordering token (hex); empty when the notification carried none
 * @param eventTime when S3 says the change happened
 * @param problem   why a {@link Kind#MALFORMED} record cannot be acted on; {@code null} for any other kind
 */
public record ObjectEvent(Kind kind, String eventName, ObjectRef object, String sequencer, Instant eventTime,
                          String problem) {

    /**
     * The families of S3 event this function acts on; anything else is skipped. {@code MALFORMED} is a record
     * that cannot name an object or its place in S3's order (a key that is not valid form encoding, no
     * {@code s3} field, a delete without a sequencer): it is refused and logged on its own, never retried.
     */
    public enum Kind { CREATED, REMOVED, UNSUPPORTED, MALFORMED }

    /** A well-formed record. */
    public ObjectEvent(Kind kind, String eventName, ObjectRef object, String sequencer, Instant eventTime) {
        this(kind, eventName, object, sequencer, eventTime, null);
    }

    /** A record refused at decoding, with what is known of its object (possibly empty bucket and key). */
    public static ObjectEvent malformed(String eventName, ObjectRef object, String sequencer, String problem) {
        return new ObjectEvent(Kind.MALFORMED, eventName, object, sequencer == null ? "" : sequencer, null,
                problem);
    }

    /**
     * Whether one version was permanently deleted ({@code ObjectRemoved:Delete} naming a version in a versioned
     * bucket), as opposed to the object being deleted (a delete marker, or a delete in an unversioned bucket).
     */
    public boolean isVersionDelete() {
        return kind == Kind.REMOVED && object.versionId() != null && eventName != null
                && eventName.endsWith("ObjectRemoved:Delete");
    }
}
