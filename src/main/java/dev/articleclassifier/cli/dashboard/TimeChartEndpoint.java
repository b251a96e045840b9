package dev.articleclassifier.cli.dashboard;

import dev.articleclassifier.cli.common.Periods;
import dev.articleclassifier.store.ArticleSummary;
import dev.articleclassifier.store.Page;
import dev.articleclassifier.store.PageRequest;
import dev.articleclassifier.store.TimeRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /api/topics} and {@code /api/regions}: articles per tag and period, one listing of the {@code byTag}
 * index per tag of the catalog ({@code ?from=2015-12-01&to=2015-12-31&per=day|week}, all optional).
 */
final class TimeChartEndpoint extends JsonEndpoint {

    /** One way to list a tag's articles, e.g. {@code ArticleQueries::byTopic}. */
    @FunctionalInterface
    interface Listing {
        Page<ArticleSummary> read(String tagId, TimeRange range, PageRequest page);
    }

    /** A tag to chart; {@code parent} and {@code depth} are set for regions only. */
    record Tag(String id, String label, String parent, Integer depth) {
    }

    private final List<Tag> tags;
    private final Listing listing;
    private final ChartRange range;

    TimeChartEndpoint(List<Tag> tags, Listing listing, ChartRange range) {
        this.tags = List.copyOf(tags);
        this.listing = listing;
        this.range = range;
    }

    static List<Tag> topics(Catalog catalog) {
        return catalog.topics().stream().map(t -> new Tag(t.id(), t.label(), null, null)).toList();
    }

    static List<Tag> regions(Catalog catalog) {
        return catalog.regions().stream().map(r -> new Tag(r.id(), r.label(), r.parent(), r.depth())).toList();
    }

    @Override
    Chart answer(QueryParameters parameters) {
        Periods periods = range.resolve(parameters);
        TimeRange keys = periods.timeRange();
        List<Chart.Series> series = new ArrayList<>(tags.size());
        for (Tag tag : tags) {
            TagCounter.Counts counts = TagCounter.count(page -> listing.read(tag.id(), keys, page), periods);
            series.add(new Chart.Series(tag.id(), tag.label(), tag.parent(), tag.depth(),
                    Arrays.stream(counts.perPeriod()).boxed().toList(), counts.total(), counts.truncated()));
        }
        return new Chart(periods.from().toString(), periods.to().toString(),
                periods.unit().name().toLowerCase(java.util.Locale.ROOT), periods.labels(), series);
    }
}
