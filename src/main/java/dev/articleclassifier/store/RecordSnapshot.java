package dev.articleclassifier.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one article record held when it was read, as far as re-running the classifier needs it: the S3 object it
 * was made from (version included), the event that wrote it, which rules tagged it and with what.
 *
 * <p>The sequencer is the point of the snapshot: a rewrite of the record is conditioned on it, so a newer S3 event
 * that lands while the object is being re-read always wins over the rewrite.
 *
 * @param sequencer  the S3 event sequencer of the record, as sent
 * @param ingestedAt when the record was first written; kept by a rewrite
 * @param status     {@code CLASSIFIED}, {@code REJECTED} or {@code DELETED}
 * @param rulesHash  hash of the rules that tagged the record, or {@code null} when none is stored
 * @param topics     topic ids, best first
 * @param countries  country codes, best first
 */
public record RecordSnapshot(String articleId, ObjectRef object, String sequencer, Instant ingestedAt, String status,
                             String rulesHash, List<String> topics, List<String> countries) {

    public RecordSnapshot {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(object, "object");
        topics = List.copyOf(topics);
        countries = List.copyOf(countries);
    }

    public boolean isDeleted() {
        return Items.DELETED.equals(status);
    }
}
