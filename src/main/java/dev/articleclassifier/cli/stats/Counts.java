package dev.articleclassifier.cli.stats;

import dev.articleclassifier.cli.common.Periods;
import dev.articleclassifier.cli.common.TableFormats;
import dev.articleclassifier.cli.common.TableFormats.Format;
import dev.articleclassifier.store.ArticleQueries;
import dev.articleclassifier.store.ArticleSummary;
import dev.articleclassifier.store.Page;
import dev.articleclassifier.store.PageRequest;
import dev.articleclassifier.store.TagKey;
import dev.articleclassifier.store.TimeRange;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Article counts per tag value and period, read with one Query per value (each followed to its last page, at
 * the index's largest page size), {@value #PARALLEL_QUERIES} values at a time. Only counts are needed, but a
 * Query with {@code Select=COUNT} would not tell the days apart, so the summaries are read and bucketed here.
 *
 * <p>An article carries several topics (and countries, and nested regions), so the columns of a row add up to
 * more than the articles of that period. The last column therefore counts distinct articles, by id, and its
 * header says so.
 */
final class Counts {

    /** The last column's name: every article once, whatever its number of tags. */
    static final String DISTINCT = "distinct articles";
    private static final int PAGE = 1_000;
    static final int PARALLEL_QUERIES = 4;

    private final Periods periods;
    /** value → period label → count, values with no article left out. */
    private final Map<String, Map<String, Integer>> counts;
    /** period label → ids of the articles with any value in that period. */
    private final Map<String, Set<String>> articles;

    private Counts(Periods periods, Map<String, Map<String, Integer>> counts, Map<String, Set<String>> articles) {
        this.periods = periods;
        this.counts = counts;
        this.articles = articles;
    }

    /** What one value's listing found: its count per period and the ids per period. */
    private record OneValue(Map<String, Integer> perPeriod, Map<String, Set<String>> ids) {
    }

    static Counts count(ArticleQueries queries, List<String> values, TimeRange range, Periods periods,
                        TagKey.Kind kind) {
        // one Query per value, a few at a time: with 250 countries the round trips, not the reading, dominate
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_QUERIES);
        try {
            List<Future<OneValue>> perValue = new ArrayList<>();
            for (String value : values) {
                perValue.add(pool.submit(() -> countOne(queries, new TagKey(kind, value), range, periods)));
            }
            Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
            Map<String, Set<String>> articles = new HashMap<>();
            for (int i = 0; i < values.size(); i++) {
                OneValue one = join(perValue.get(i));
                if (!one.perPeriod().isEmpty()) {
                    counts.put(values.get(i), one.perPeriod());
                }
                one.ids().forEach((period, ids) -> articles.computeIfAbsent(period, k -> new HashSet<>()).addAll(ids));
            }
            return new Counts(periods, counts, articles);
        } finally {
            pool.shutdownNow();
        }
    }

    private static OneValue countOne(ArticleQueries queries, TagKey tag, TimeRange range, Periods periods) {
        Map<String, Integer> perPeriod = new LinkedHashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        String cursor = null;
        do {
            Page<ArticleSummary> page = queries.byTag(tag, range, new PageRequest(PAGE, cursor));
            for (ArticleSummary summary : page.items()) {
                String period = periods.labelOf(summary.sortTime());
                if (period != null) {
                    perPeriod.merge(period, 1, Integer::sum);
                    ids.computeIfAbsent(period, k -> new HashSet<>()).add(summary.articleId());
                }
            }
            cursor = page.cursor();
        } while (cursor != null);
        return new OneValue(perPeriod, ids);
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

    /** Articles of a period, each once. */
    int distinct(String period) {
        return articles.getOrDefault(period, Set.of()).size();
    }

    /** Articles of the whole range, each once. */
    int distinct() {
        Set<String> all = new HashSet<>();
        articles.values().forEach(all::addAll);
        return all.size();
    }

    /** Columns are the values found, busiest first; the last column counts distinct articles, the last row totals. */
    void print(String dimension, Format format, PrintStream out) {
        List<String> values = counts.keySet().stream()
                .sorted(Comparator.comparingInt(this::total).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        List<String> columns = new ArrayList<>();
        columns.add(periods.unit().label());
        columns.addAll(values);
        columns.add(format == Format.TABLE ? DISTINCT : "distinctArticles");
        List<List<Object>> rows = new ArrayList<>();
        for (String period : periods.labels()) {
            List<Object> row = new ArrayList<>();
            row.add(period);
            values.forEach(value -> row.add(count(value, period)));
            row.add(distinct(period));
            rows.add(row);
        }
        if (format == Format.TABLE) {
            List<Object> totals = new ArrayList<>();
            totals.add("total");
            values.forEach(v -> totals.add(total(v)));
            totals.add(distinct());
            rows.add(totals);
        }
        TableFormats.print(format, columns, rows, out);
        if (format == Format.TABLE) {
            out.println(values.isEmpty() ? "no article has a " + dimension + " tag in this range"
                    : "(an article with several " + dimension + " tags counts in each of their columns, and once in '"
                    + DISTINCT + "')");
        }
    }
}
