package dev.articleclassifier.cli.dashboard;

import java.util.List;

/**
 * What a time chart of the page draws: the period axis and one series of article counts per tag. It is also
 * the JSON the {@code /api/topics} and {@code /api/regions} endpoints answer with.
 *
 * @param from    first day, included
 * @param to      last day, included
 * @param per     {@code day} or {@code week}
 * @param periods first day of each period
 * @param series  one per topic or region, in catalog order, including those with no articles
 */
public record Chart(String from, String to, String per, List<String> periods, List<Series> series) {

    public Chart {
        periods = List.copyOf(periods);
        series = List.copyOf(series);
    }

    /**
     * Counts of one tag.
     *
     * @param parent    enclosing region (regions only), or {@code null}
     * @param depth     depth in the region tree (regions only), or {@code null}
     * @param counts    articles per period, aligned with {@link Chart#periods()}
     * @param truncated whether the listing was longer than the dashboard reads, so counts are lower bounds
     */
    public record Series(String id, String label, String parent, Integer depth, List<Integer> counts, int total,
                         boolean truncated) {

        public Series {
            counts = List.copyOf(counts);
        }
    }
}
