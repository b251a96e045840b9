package dev.articleclassifier.handler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The function's CloudWatch metrics, written as log lines in the Embedded Metric Format (EMF): CloudWatch Logs
 * turns each such line into metric values, so metrics cost no API call and no extra latency.
 *
 * <p>One batch gives one summary line (articles classified and rejected, per-record processing time and object
 * size) and one line per topic, region and rejection category seen. An article counts once under each of its
 * topics and regions; a single EMF document has one value per dimension, hence a line for each. Lines carry counts
 * and ids only, never article text.
 *
 * <p>Shape (EMF specification): {@code {"_aws": {"Timestamp": ms, "CloudWatchMetrics": [{"Namespace",
 * "Dimensions": [[dimension names]], "Metrics": [{"Name", "Unit"}]}]}, <dimension>: "value", <metric>: number}}.
 */
public final class EmbeddedMetrics {

    public static final String NAMESPACE = "ArticleClassifier";
    public static final String ARTICLES_CLASSIFIED = "ArticlesClassified";
    public static final String ARTICLES_REJECTED = "ArticlesRejected";
    public static final String PROCESSING_MILLIS = "ProcessingMillis";
    public static final String OBJECT_BYTES = "ObjectBytes";
    public static final String TOPIC = "Topic";
    public static final String REGION = "Region";
    public static final String REASON = "Reason";

    /** Every metric name emitted; the dashboard in {@code template.yaml} graphs these. */
    public static final List<String> METRIC_NAMES =
            List.of(ARTICLES_CLASSIFIED, ARTICLES_REJECTED, PROCESSING_MILLIS, OBJECT_BYTES);

    /** Every dimension name emitted. */
    public static final List<String> DIMENSION_NAMES = List.of(TOPIC, REGION, REASON);

    // EMF caps an array of values at 100; a batch rarely holds more than one record, but the cap is the spec's.
    private static final int MAX_VALUES = 100;

    private EmbeddedMetrics() {
    }

    /** The EMF lines for one batch of outcomes; none for a batch with nothing to count. */
    public static List<String> lines(List<RecordOutcome> outcomes, Instant at) {
        int classified = 0;
        int rejected = 0;
        List<Long> millis = new ArrayList<>();
        List<Long> bytes = new ArrayList<>();
        Map<String, Integer> topics = new TreeMap<>();
        Map<String, Integer> regions = new TreeMap<>();
        Map<String, Integer> reasons = new TreeMap<>();
        for (RecordOutcome outcome : outcomes) {
            switch (outcome.outcome()) {
                case STORED -> {
                    classified++;
                    countEach(topics, outcome.topics());
                    countEach(regions, outcome.regions());
                }
                case REJECTED -> {
                    rejected++;
                    countOne(reasons, RejectionCategory.of(outcome.detail()).label());
                }
                default -> {
                }
            }
            if (wasRead(outcome)) {
                millis.add(outcome.millis());
                if (outcome.event().object().size() >= 0) {
                    bytes.add(outcome.event().object().size());
                }
            }
        }
        List<String> lines = new ArrayList<>();
        if (classified + rejected + millis.size() > 0) {
            lines.addAll(summary(classified, rejected, millis, bytes, at));
        }
        // plain loops rather than lambdas and method references: the first batch runs on the Lambda cold start
        for (Map.Entry<String, Integer> topic : topics.entrySet()) {
            lines.add(count(TOPIC, topic.getKey(), ARTICLES_CLASSIFIED, topic.getValue(), at));
        }
        for (Map.Entry<String, Integer> region : regions.entrySet()) {
            lines.add(count(REGION, region.getKey(), ARTICLES_CLASSIFIED, region.getValue(), at));
        }
        for (Map.Entry<String, Integer> reason : reasons.entrySet()) {
            lines.add(count(REASON, reason.getKey(), ARTICLES_REJECTED, reason.getValue(), at));
        }
        return lines;
    }

    private static void countEach(Map<String, Integer> counts, List<String> values) {
        for (String value : values) {
            countOne(counts, value);
        }
    }

    private static void countOne(Map<String, Integer> counts, String value) {
        Integer n = counts.get(value);
        counts.put(value, n == null ? 1 : n + 1);
    }

    /** Records whose object was fetched (or judged by its announced size) and whose result reached the store. */
    private static boolean wasRead(RecordOutcome outcome) {
        return switch (outcome.outcome()) {
            case STORED, REJECTED, STALE -> outcome.event().kind() == ObjectEvent.Kind.CREATED;
            default -> false;
        };
    }

    private static List<String> summary(int classified, int rejected, List<Long> millis, List<Long> bytes,
                                        Instant at) {
        List<String> lines = new ArrayList<>();
        int chunks = Math.max(1, (Math.max(millis.size(), bytes.size()) + MAX_VALUES - 1) / MAX_VALUES);
        for (int chunk = 0; chunk < chunks; chunk++) {
            List<Map<String, Object>> metrics = new ArrayList<>();
            Map<String, Object> values = new LinkedHashMap<>();
            // Counts go with the first chunk only, so that a sum over the lines stays right.
            if (chunk == 0) {
                metrics.add(metric(ARTICLES_CLASSIFIED, "Count"));
                values.put(ARTICLES_CLASSIFIED, classified);
                metrics.add(metric(ARTICLES_REJECTED, "Count"));
                values.put(ARTICLES_REJECTED, rejected);
            }
            // A declared metric needs at least one value, so an empty list declares nothing.
            addValues(metrics, values, PROCESSING_MILLIS, "Milliseconds", millis, chunk);
            addValues(metrics, values, OBJECT_BYTES, "Bytes", bytes, chunk);
            Map<String, Object> line = document("batch metrics", at, List.of(), metrics);
            line.putAll(values);
            lines.add(JsonLogLines.format(line));
        }
        return lines;
    }

    private static void addValues(List<Map<String, Object>> metrics, Map<String, Object> values, String name,
                                  String unit, List<Long> all, int chunk) {
        int from = Math.min(all.size(), chunk * MAX_VALUES);
        List<Long> slice = all.subList(from, Math.min(all.size(), from + MAX_VALUES));
        if (!slice.isEmpty()) {
            metrics.add(metric(name, unit));
            values.put(name, new ArrayList<>(slice));
        }
    }

    private static String count(String dimension, String value, String metric, int n, Instant at) {
        Map<String, Object> line = document("batch metrics by " + dimension.toLowerCase(Locale.ROOT), at,
                List.of(dimension), List.of(metric(metric, "Count")));
        line.put(dimension, value);
        line.put(metric, n);
        return JsonLogLines.format(line);
    }

    private static Map<String, Object> document(String message, Instant at, List<String> dimensions,
                                                List<Map<String, Object>> metrics) {
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", NAMESPACE);
        directive.put("Dimensions", List.of(List.copyOf(dimensions)));
        directive.put("Metrics", List.copyOf(metrics));
        Map<String, Object> aws = new LinkedHashMap<>();
        aws.put("Timestamp", at.toEpochMilli());
        aws.put("CloudWatchMetrics", List.of(directive));
        Map<String, Object> line = JsonLogLines.line("INFO", message);
        line.put("_aws", aws);
        return line;
    }

    private static Map<String, Object> metric(String name, String unit) {
        Map<String, Object> metric = new LinkedHashMap<>();
        metric.put("Name", name);
        metric.put("Unit", unit);
        return metric;
    }
}
