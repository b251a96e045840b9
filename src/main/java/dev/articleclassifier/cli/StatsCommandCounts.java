package dev.articleclassifier.cli;

import dev.articleclassifier.cli.TableFormats.Format;
import dev.articleclassifier.store.ArticleQueries;
import dev.articleclassifier.store.ArticleSummary;
import dev.articleclassifier.store.Page;
import dev.articleclassifier.store.PageRequest;
import dev.articleclassifier.store.TagKey;
import dev.articleclassifier.store.TimeRange;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Article counts per tag value and period, read with one Query per value (each followed to its last page, at
 * the index's largest page size), {@value #PARALLEL_QUERIES} values at a time. Only counts are needed, but a
 * Query with {@code Select=COUNT} would not tell the days apart, so the summaries are read and bucketed here.
 */
final class StatsCommandCounts {

    private static final int PAGE = 1_000;
    static final int PARALLEL_QUERIES = 4;

    private final StatsCommandPeriods periods;
    /** value → period label → count, values with no article left out. */
    private final Map<String, Map<String, Integer>> counts;

    private StatsCommandCounts(StatsCommandPeriods periods, Map<String, Map<String, Integer>> counts) {
        this.periods = periods;
        this.counts = counts;
    }

    static StatsCommandCounts count(ArticleQueries queries, List<String> values, TimeRange range,
                                    StatsCommandPeriods periods, TagKey.Kind kind) {
        // one Query per value, a few at a time: with 250 countries the round trips, not the reading, dominate
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_QUERIES);
        try {
            List<Future<Map<String, Integer>>> perValue = new ArrayList<>();
            for (String value : values) {
                perValue.add(pool.submit(() -> countOne(queries, new TagKey(kind, value), range, periods)));
            }
            Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                Map<String, Integer> perPeriod = join(perValue.get(i));
                if (!perPeriod.isEmpty()) {
                    counts.put(values.get(i), perPeriod);
                }
            }
            return new StatsCommandCounts(periods, counts);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Integer> countOne(ArticleQueries queries, TagKey tag, TimeRange range,
                                                 StatsCommandPeriods periods) {
        Map<String, Integer> perPeriod = new LinkedHashMap<>();
        String cursor = null;
        do {
            Page<ArticleSummary> page = queries.byTag(tag, range, new PageRequest(PAGE, cursor));
            for (ArticleSummary summary : page.items()) {
                perPeriod.merge(periods.labelOf(summary.sortTime()), 1, Integer::sum);
            }
            cursor = page.cursor();
        } while (cursor != null);
        return perPeriod;
    }

    /** The task's result; its failure (an SDK exception, say) is rethrown as it was. */
    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting", e);
        }
    }

    int count(String value, String period) {
        return counts.getOrDefault(value, Map.of()).getOrDefault(period, 0);
    }

    int total(String value) {
        return counts.getOrDefault(value, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Columns are the values found, busiest first; the last row and column are totals. */
    void print(String dimension, Format format, PrintStream out) {
        List<String> values = counts.keySet().stream()
                .sorted(Comparator.comparingInt(this::total).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        List<String> columns = new ArrayList<>();
        columns.add(periods.weekly() ? "week" : "day");
        columns.addAll(values);
        columns.add("total");
        List<List<Object>> rows = new ArrayList<>();
        for (String period : periods.labels()) {
            List<Object> row = new ArrayList<>();
            row.add(period);
            int sum = 0;
            for (String value : values) {
                int n = count(value, period);
                row.add(n);
                sum += n;
            }
            row.add(sum);
            rows.add(row);
        }
        if (format == Format.TABLE) {
            List<Object> totals = new ArrayList<>();
            totals.add("total");
            values.forEach(v -> totals.add(total(v)));
            totals.add(values.stream().mapToInt(this::total).sum());
            rows.add(totals);
        }
        TableFormats.print(format, columns, rows, out);
        if (format == Format.TABLE && values.isEmpty()) {
            out.println("no article has a " + dimension + " tag in this range");
        }
    }
}
