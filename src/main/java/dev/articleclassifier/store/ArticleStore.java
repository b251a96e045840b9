package dev.articleclassifier.store;

import java.time.Instant;

/**
 * Where article records live. Writes are ordered by the S3 event sequencer so that at-least-once, out-of-order
 * delivery converges on the newest state: a duplicate event is a no-op and an old event never overwrites a newer
 * one. Implementations throw an unchecked exception on transient failures (throttling, unreachable endpoint),
 * leaving no partial record, so the caller can fail the invocation and let the event be retried.
 */
public interface ArticleStore {

    /** Stores the record unless a record for the same object with an equal or greater sequencer exists. */
    WriteOutcome put(ArticleRecord record);

    /** Marks the object's record deleted, with the same ordering rule as {@link #put}. */
    WriteOutcome markDeleted(ObjectRef object, String sequencer, Instant deletedAt);

    /**
     * One version of the object was permanently deleted (in a versioned bucket, {@code ObjectRemoved:Delete}
     * naming a version). Only when the record describes that version is it marked deleted; removing an older,
     * noncurrent version leaves the article live. Stores that do not track versions treat it as a delete.
     */
    default WriteOutcome markVersionDeleted(ObjectRef object, String sequencer, Instant deletedAt) {
        return markDeleted(object, sequencer, deletedAt);
    }
}
