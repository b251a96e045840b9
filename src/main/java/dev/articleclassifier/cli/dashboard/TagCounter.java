package dev.articleclassifier.cli.dashboard;

import dev.articleclassifier.cli.common.Periods;
import dev.articleclassifier.store.ArticleSummary;
import dev.articleclassifier.store.Page;
import dev.articleclassifier.store.PageRequest;
import java.util.function.Function;

/**
 * Counts one listing's articles per period by reading it page by page. A listing is read to its end or until
 * {@link #MAX_ARTICLES}, so that one busy tag over a long range cannot hold a page load for minutes; a count that
 * stopped there is marked as truncated rather than shown as if complete.
 */
final class TagCounter {

    static final int PAGE_SIZE = 1_000;
    static final int MAX_ARTICLES = 20_000;

    private TagCounter() {
    }

    /** Per-period counts of the listing, which must already be restricted to {@code periods.timeRange()}. */
    static Counts count(Function<PageRequest, Page<ArticleSummary>> listing, Periods periods) {
        int[] counts = new int[periods.labels().size()];
        int read = 0;
        String cursor = null;
        do {
            Page<ArticleSummary> page = listing.apply(new PageRequest(PAGE_SIZE, cursor));
            for (ArticleSummary summary : page.items()) {
                int at = periods.indexOf(summary.sortTime());
                if (at >= 0) {
                    counts[at]++;
                }
            }
            read += page.items().size();
            cursor = page.cursor();
        } while (cursor != null && read < MAX_ARTICLES);
        return new Counts(counts, cursor != null);
    }

    /** Articles per period, and whether reading stopped before the end of the listing. */
    record Counts(int[] perPeriod, boolean truncated) {

        int total() {
            int total = 0;
            for (int n : perPeriod) {
                total += n;
            }
            return total;
        }
    }
}
