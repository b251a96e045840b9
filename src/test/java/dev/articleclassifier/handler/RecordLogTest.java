package dev.articleclassifier.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleclassifier.store.ObjectRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordLogTest {

    private static final ObjectEvent EVENT = new ObjectEvent(ObjectEvent.Kind.CREATED, "ObjectCreated:Put",
            new ObjectRef("bucket", "incoming/a b.txt", null, "e", 10), "0A", Instant.EPOCH);

    @Test
    void jsonLines_writeOneObjectWithBucketKeyOutcomeTopicsAndMillis() throws Exception {
        JsonNode line = logged(new RecordOutcome(EVENT, RecordOutcome.Outcome.STORED, List.of("terrorism", "conflict"),
                List.of("western-asia"), null, 12, null));

        assertEquals("bucket", line.path("bucket").asText());
        assertEquals("incoming/a b.txt", line.path("key").asText());
        assertEquals("stored", line.path("outcome").asText());
        assertEquals("terrorism", line.path("topics").path(0).asText());
        assertEquals("western-asia", line.path("regions").path(0).asText());
        assertEquals(12, line.path("ms").asLong());
        assertEquals("INFO", line.path("level").asText());
        assertFalse(line.has("reason"));
    }

    @Test
    void jsonLines_carryTheReasonAndErrorLevel_whenARecordFailed() throws Exception {
        JsonNode line = logged(new RecordOutcome(EVENT, RecordOutcome.Outcome.FAILED, List.of(), List.of(),
                "SdkClientException: Unable to execute HTTP request", 3, new IllegalStateException()));

        assertEquals("ERROR", line.path("level").asText());
        assertEquals("failed", line.path("outcome").asText());
        assertEquals("SdkClientException: Unable to execute HTTP request", line.path("reason").asText());
    }

    @Test
    void jsonLines_keepTheRejectionReasonButNotTheArticleTextItQuotes() throws Exception {
        // Problem: the parser's reason quotes the rejected file's first line ("no headline: ... \"<text>\""), and
        // the log line copied it, putting article text in CloudWatch Logs. Fix: the log drops quoted excerpts.
        JsonNode line = logged(new RecordOutcome(EVENT, RecordOutcome.Outcome.REJECTED, List.of(), List.of(),
                "no headline: first line is a 912-character paragraph: \"The minister said \"no\" to the...\"",
                3, null));

        assertEquals("no headline: first line is a 912-character paragraph: \"[excerpt omitted]\"",
                line.path("reason").asText());
    }

    // Problem: a key like "São Paulo.txt" came out as "S?o Paulo.txt" on a stdout without UTF-8. Fix: escape non-ASCII.
    @Test
    void jsonLines_escapeNonAsciiKeys() throws Exception {
        ObjectEvent event = new ObjectEvent(ObjectEvent.Kind.CREATED, "ObjectCreated:Put",
                new ObjectRef("bucket", "incoming/São Paulo.txt", null, null, 1), "0A", Instant.EPOCH);
        List<String> lines = new ArrayList<>();
        RecordLog.jsonLines(lines::add).write(new RecordOutcome(event, RecordOutcome.Outcome.MISSING, List.of(),
                List.of(), "gone", 1, null));

        assertTrue(lines.get(0).chars().allMatch(c -> c < 128), lines.get(0));
        assertEquals("incoming/São Paulo.txt", new ObjectMapper().readTree(lines.get(0)).path("key").asText());
    }

    @Test
    void jsonLines_writeTheBatchMetricsAfterTheRecords() throws Exception {
        List<String> lines = new ArrayList<>();
        RecordLog log = RecordLog.jsonLines(lines::add, Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"),
                ZoneOffset.UTC));
        RecordOutcome stored = new RecordOutcome(EVENT, RecordOutcome.Outcome.STORED, List.of("conflict"),
                List.of("europe"), null, 4, null);
        log.write(stored);

        log.batchDone(List.of(stored));

        JsonNode summary = new ObjectMapper().readTree(lines.get(1));
        assertEquals(1_793_606_400_000L, summary.path("_aws").path("Timestamp").asLong());
        assertEquals(1, summary.path("ArticlesClassified").asInt());
    }

    private static JsonNode logged(RecordOutcome outcome) throws Exception {
        List<String> lines = new ArrayList<>();
        RecordLog.jsonLines(lines::add).write(outcome);
        assertEquals(1, lines.size());
        assertFalse(lines.get(0).contains("\n"));
        return new ObjectMapper().readTree(lines.get(0));
    }
}
