package dev.articleclassifier.handler;

import java.util.List;

/**
 * What the pipeline did with one notification record; one structured log line is written per outcome.
 *
 * @param event   the decoded record
 * @param outcome what happened
 * @param topics  topic ids of a stored article, best first (empty otherwise)
 * @param regions region ids of a stored article, best first (empty otherwise)
 * @param detail  the rejection reason, the skip reason or the failure message; {@code null} when stored
 * @param millis  wall time spent on the record
 * @param failure the exception behind {@link Outcome#FAILED}, otherwise {@code null}
 */
public record RecordOutcome(ObjectEvent event, Outcome outcome, List<String> topics, List<String> regions,
                            String detail, long millis, RuntimeException failure) {

    public RecordOutcome {
        topics = List.copyOf(topics);
        regions = List.copyOf(regions);
    }

    /** The result of one record, as it appears in the log's {@code outcome} field. */
    public enum Outcome {
        /** A classified article record was written. */
        STORED,
        /** The object could not be used as an article; a REJECTED record with the reason was written. */
        REJECTED,
        /** The store already holds this or a newer event for the key; nothing changed (duplicate or late event). */
        STALE,
        /** The record was marked deleted after an ObjectRemoved event. */
        DELETED,
        /** The object was deleted before it could be read; nothing to store, nothing to retry. */
        MISSING,
        /** Not an object event this function handles. */
        SKIPPED,
        /** A malformed notification record: logged with its problem, nothing stored, never retried. */
        REFUSED,
        /** A transient error (throttling, 5xx, unreachable endpoint): the invocation fails so the event is retried. */
        FAILED;

        /** The lower-case name used in logs and summaries. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
