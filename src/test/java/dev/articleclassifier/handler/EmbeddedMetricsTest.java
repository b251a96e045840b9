package dev.articleclassifier.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleclassifier.store.ObjectRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The metric lines against the Embedded Metric Format specification: a root {@code _aws} object with an integer
 * {@code Timestamp} and {@code CloudWatchMetrics} directives; each directive with a {@code Namespace}, at least
 * one dimension set of at most 30 names that are string members of the root, and at most 100 metric definitions
 * whose names are numeric members (or arrays of at most 100 numbers) of the root, with a unit CloudWatch knows.
 */
class EmbeddedMetricsTest {

    private static final Instant AT = Instant.parse("2026-11-02T08:00:00Z");
    private static final Set<String> UNITS = Set.of("Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes",
            "Megabytes", "Gigabytes", "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent",
            "Count", "Bytes/Second", "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second",
            "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second",
            "None");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void lines_areValidEmfDocuments() {
        List<String> lines = EmbeddedMetrics.lines(List.of(stored(1200, List.of("conflict", "terrorism"),
                List.of("western-asia")), rejected(10, "binary file (PNG image)")), AT);

        assertFalse(lines.isEmpty());
        lines.forEach(EmbeddedMetricsTest::assertEmf);
    }

    @Test
    void lines_areSingleAsciiLines() {
        List<String> lines = EmbeddedMetrics.lines(List.of(stored(5, List.of("conflict"), List.of("europe"))), AT);

        lines.forEach(line -> assertFalse(line.contains("\n"), line));
        lines.forEach(line -> assertTrue(line.chars().allMatch(c -> c < 128), line));
    }

    @Test
    void summary_countsClassifiedAndRejectedArticles() {
        JsonNode summary = summary(List.of(stored(1, List.of("conflict"), List.of()), stored(2, List.of(), List.of()),
                rejected(3, "empty file")));

        assertEquals(2, summary.path(EmbeddedMetrics.ARTICLES_CLASSIFIED).asInt());
        assertEquals(1, summary.path(EmbeddedMetrics.ARTICLES_REJECTED).asInt());
        assertEquals(List.of(), dimensionSet(summary));
    }

    @Test
    void summary_carriesEveryRecordsProcessingTimeAndObjectSize() {
        JsonNode summary = summary(List.of(stored(1500, List.of(), List.of()), rejected(20, "empty file")));

        assertEquals(List.of(1500L, 20L), numbers(summary.path(EmbeddedMetrics.OBJECT_BYTES)));
        assertEquals(2, summary.path(EmbeddedMetrics.PROCESSING_MILLIS).size());
    }

    @Test
    void articleWithTwoTopics_countsOnceUnderEachTopic() {
        List<JsonNode> byTopic = withDimension(EmbeddedMetrics.TOPIC, List.of(
                stored(1, List.of("conflict", "terrorism"), List.of()), stored(1, List.of("conflict"), List.of())));

        assertEquals(2, byTopic.size());
        assertEquals("conflict", byTopic.get(0).path(EmbeddedMetrics.TOPIC).asText());
        assertEquals(2, byTopic.get(0).path(EmbeddedMetrics.ARTICLES_CLASSIFIED).asInt());
        assertEquals(1, byTopic.get(1).path(EmbeddedMetrics.ARTICLES_CLASSIFIED).asInt());
    }

    @Test
    void regions_countUnderTheRegionDimension() {
        List<JsonNode> byRegion = withDimension(EmbeddedMetrics.REGION,
                List.of(stored(1, List.of(), List.of("eastern-africa", "europe"))));

        assertEquals(List.of("eastern-africa", "europe"),
                byRegion.stream().map(l -> l.path(EmbeddedMetrics.REGION).asText()).toList());
    }

    @Test
    void rejections_countUnderTheirReasonCategory() {
        List<JsonNode> byReason = withDimension(EmbeddedMetrics.REASON, List.of(rejected(1, "binary file (ZIP)"),
                rejected(1, "binary file (PDF)")));

        assertEquals(1, byReason.size());
        assertEquals("binary", byReason.get(0).path(EmbeddedMetrics.REASON).asText());
        assertEquals(2, byReason.get(0).path(EmbeddedMetrics.ARTICLES_REJECTED).asInt());
    }

    @Test
    void skippedAndMissingRecords_emitNoMetricLines() {
        assertEquals(List.of(), EmbeddedMetrics.lines(List.of(
                outcome(RecordOutcome.Outcome.SKIPPED, 1, List.of(), List.of(), "unsupported event"),
                outcome(RecordOutcome.Outcome.MISSING, 1, List.of(), List.of(), "gone")), AT));
    }

    // Problem: EMF drops a document whose value array holds more than 100 numbers. Fix: split into lines of 100.
    @Test
    void largeBatch_splitsValuesIntoArraysOfAtMostOneHundred() {
        List<RecordOutcome> many = IntStream.range(0, 150).mapToObj(i -> stored(i, List.of(), List.of())).toList();

        List<JsonNode> summaries = parsed(EmbeddedMetrics.lines(many, AT)).stream()
                .filter(l -> dimensionSet(l).isEmpty()).toList();

        assertEquals(2, summaries.size());
        assertEquals(150, summaries.get(0).path(EmbeddedMetrics.ARTICLES_CLASSIFIED).asInt());
        assertEquals(150, summaries.stream().mapToInt(l -> l.path(EmbeddedMetrics.PROCESSING_MILLIS).size()).sum());
        summaries.forEach(l -> assertEmf(l.toString()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "empty file                                        | empty",
            "binary file (PNG image)                           | binary",
            "object too large: 157286400, limit 5242880        | too-large",
            "file too large: 9000000 bytes, limit 5242880      | too-large",
            "gzip content inflates past the limit of 20971520  | too-large",
            "no headline: first line is empty                  | no-headline",
            "corrupt gzip content: Not in GZIP format          | other",
            "unparseable: java.lang.IllegalStateException      | other"})
    void rejectionCategory_groupsTheReasonsThePipelineGives(String reason, String category) {
        assertEquals(category, RejectionCategory.of(reason).label());
    }

    /** Every rule of the specification this code can break. */
    static void assertEmf(String line) {
        JsonNode root = parse(line);
        JsonNode aws = root.path("_aws");
        assertTrue(aws.isObject(), "no _aws object: " + line);
        assertTrue(aws.path("Timestamp").isIntegralNumber(), "Timestamp must be integer milliseconds: " + line);
        assertEquals(AT.toEpochMilli(), aws.path("Timestamp").asLong());
        JsonNode directives = aws.path("CloudWatchMetrics");
        assertTrue(directives.isArray() && !directives.isEmpty(), "no CloudWatchMetrics: " + line);
        for (JsonNode directive : directives) {
            assertEquals(EmbeddedMetrics.NAMESPACE, directive.path("Namespace").asText());
            JsonNode dimensions = directive.path("Dimensions");
            assertTrue(dimensions.isArray() && !dimensions.isEmpty(), "Dimensions needs a set: " + line);
            for (JsonNode set : dimensions) {
                assertTrue(set.isArray() && set.size() <= 30, "bad dimension set: " + line);
                for (JsonNode name : set) {
                    JsonNode value = root.path(name.asText());
                    assertTrue(value.isTextual() && !value.asText().isBlank() && value.asText().length() <= 1024,
                            "dimension " + name + " needs a string member: " + line);
                }
            }
            JsonNode metrics = directive.path("Metrics");
            assertTrue(metrics.isArray() && !metrics.isEmpty() && metrics.size() <= 100, "bad Metrics: " + line);
            for (JsonNode metric : metrics) {
                assertTrue(UNITS.contains(metric.path("Unit").asText()), "unknown unit: " + line);
                JsonNode value = root.path(metric.path("Name").asText());
                boolean number = value.isNumber();
                boolean numbers = value.isArray() && !value.isEmpty() && value.size() <= 100
                        && numbers(value).size() == value.size();
                assertTrue(number || numbers, "metric " + metric.path("Name") + " needs numeric values: " + line);
            }
        }
    }

    private static JsonNode summary(List<RecordOutcome> outcomes) {
        return parsed(EmbeddedMetrics.lines(outcomes, AT)).stream().filter(l -> dimensionSet(l).isEmpty())
                .findFirst().orElseThrow();
    }

    private static List<JsonNode> withDimension(String dimension, List<RecordOutcome> outcomes) {
        return parsed(EmbeddedMetrics.lines(outcomes, AT)).stream()
                .filter(l -> dimensionSet(l).equals(List.of(dimension))).toList();
    }

    private static List<String> dimensionSet(JsonNode line) {
        List<String> names = new ArrayList<>();
        line.path("_aws").path("CloudWatchMetrics").path(0).path("Dimensions").path(0)
                .forEach(n -> names.add(n.asText()));
        return names;
    }

    private static List<Long> numbers(JsonNode array) {
        List<Long> values = new ArrayList<>();
        array.forEach(v -> {
            if (v.isNumber()) {
                values.add(v.asLong());
            }
        });
        return values;
    }

    private static List<JsonNode> parsed(List<String> lines) {
        return lines.stream().map(EmbeddedMetricsTest::parse).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static RecordOutcome stored(long bytes, List<String> topics, List<String> regions) {
        return outcome(RecordOutcome.Outcome.STORED, bytes, topics, regions, null);
    }

    private static RecordOutcome rejected(long bytes, String reason) {
        return outcome(RecordOutcome.Outcome.REJECTED, bytes, List.of(), List.of(), reason);
    }

    private static RecordOutcome outcome(RecordOutcome.Outcome outcome, long bytes, List<String> topics,
                                         List<String> regions, String detail) {
        ObjectEvent event = new ObjectEvent(ObjectEvent.Kind.CREATED, "ObjectCreated:Put",
                new ObjectRef("bucket", "incoming/a.txt", null, "e", bytes), "0A", AT);
        return new RecordOutcome(event, outcome, topics, regions, detail, 7, null);
    }
}
