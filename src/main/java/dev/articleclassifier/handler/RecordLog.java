package dev.articleclassifier.handler;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Receives one {@link RecordOutcome} per processed record. The function's log is {@link #jsonLines}: with
 * {@code LoggingConfig: LogFormat: JSON}, Lambda keeps a stdout line that is itself a JSON object as structured
 * fields (it does not encode it twice), so CloudWatch Logs Insights can filter on {@code outcome} or {@code topics}
 * directly. Only metadata is logged, never article text. After each batch it also writes the batch's metrics as
 * {@link EmbeddedMetrics} lines, which CloudWatch turns into metrics without any API call.
 */
@FunctionalInterface
public interface RecordLog {

    void write(RecordOutcome outcome);

    /** Called once per batch, after every record of it was written; logs that keep no metrics ignore it. */
    default void batchDone(List<RecordOutcome> outcomes) {
    }

    /**
     * One JSON object per record: bucket, key, outcome, topics, regions, ms, and the reason when not stored; then
     * the batch's EMF metric lines, stamped with the system clock.
     */
    static RecordLog jsonLines(Consumer<String> sink) {
        return jsonLines(sink, Clock.systemUTC());
    }

    /** As {@link #jsonLines(Consumer)}, with the clock that stamps the metrics. */
    static RecordLog jsonLines(Consumer<String> sink, Clock clock) {
        return new RecordLog() {
            @Override
            public void write(RecordOutcome outcome) {
                sink.accept(JsonLine.of(outcome));
            }

            @Override
            public void batchDone(List<RecordOutcome> outcomes) {
                EmbeddedMetrics.lines(outcomes, clock.instant()).forEach(sink);
            }
        };
    }

    /** Formats a log line; kept apart so the format is tested once. */
    final class JsonLine {

        // From the first quote to the last: an excerpt may itself hold quotes.
        private static final Pattern QUOTED = Pattern.compile("\".*\"",
                Pattern.DOTALL);

        private JsonLine() {
        }

        static String of(RecordOutcome outcome) {
            Map<String, Object> line = JsonLogLines.line(
                    outcome.outcome() == RecordOutcome.Outcome.FAILED ? "ERROR" : "INFO", "record processed");
            line.put("bucket", outcome.event().object().bucket());
            line.put("key", outcome.event().object().key());
            if (outcome.event().object().versionId() != null) {
                line.put("versionId", outcome.event().object().versionId());
            }
            line.put("event", outcome.event().eventName());
            line.put("sequencer", outcome.event().sequencer());
            line.put("outcome", outcome.outcome().label());
            line.put("topics", outcome.topics());
            line.put("regions", outcome.regions());
            if (outcome.detail() != null) {
                line.put("reason", outcome.outcome() == RecordOutcome.Outcome.REJECTED
                        ? withoutQuotedText(outcome.detail()) : outcome.detail());
            }
            line.put("ms", outcome.millis());
            // ASCII only: a key such as "São Paulo.txt" must survive a stdout whose encoding is not UTF-8.
            return JsonLogLines.format(line);
        }

        /**
         * A rejection reason without the excerpt of the file it may quote ("no headline: first line is a
         * 900-character paragraph: \"...\""): the record keeps the full reason, the log keeps metadata only.
         */
        static String withoutQuotedText(String reason) {
            return QUOTED.matcher(reason).replaceAll("\"[excerpt omitted]\"");
        }
    }
}
