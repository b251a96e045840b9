package dev.articleclassifier.handler;

import java.util.List;

/**
 * Thrown after every record of an event was tried when at least one failed transiently. Failing the invocation
 * makes Lambda retry the whole event (and finally send it to the on-failure queue); the records that succeeded
 * are already stored, and replaying them is a no-op because writes are ordered by sequencer.
 */
public final class PipelineFailureException extends RuntimeException {

    private final transient List<RecordOutcome> failed;

    public PipelineFailureException(List<RecordOutcome> failed) {
        super(message(failed), failed.get(0).failure());
        this.failed = List.copyOf(failed);
        for (int i = 1; i < failed.size(); i++) {
            addSuppressed(failed.get(i).failure());
        }
    }

    /** The records that failed, each with its cause. */
    public List<RecordOutcome> failed() {
        return failed;
    }

    private static String message(List<RecordOutcome> failed) {
        StringBuilder text = new StringBuilder();
        text.append(failed.size()).append(failed.size() == 1 ? " record" : " records")
                .append(" failed and will be retried:");
        for (RecordOutcome outcome : failed) {
            text.append(' ').append(outcome.event().object().uri()).append(" (").append(outcome.detail()).append(')');
        }
        return text.toString();
    }
}
