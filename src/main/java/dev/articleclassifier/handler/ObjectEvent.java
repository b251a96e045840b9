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
 */
public record ObjectEvent(Kind kind, String eventName, ObjectRef object, String sequencer, Instant eventTime) {

    /** The families of S3 event this function acts on; anything else is skipped. */
    public enum Kind { CREATED, REMOVED, UNSUPPORTED }

    /**
     * Whether one version was permanently deleted ({@code ObjectRemoved:Delete} naming a version in a versioned
     * bucket), as opposed to the object being deleted (a delete marker, or a delete in an unversioned bucket).
     */
    public boolean isVersionDelete() {
        return kind == Kind.REMOVED && object.versionId() != null && eventName != null
                && eventName.endsWith("ObjectRemoved:Delete");
    }
}
