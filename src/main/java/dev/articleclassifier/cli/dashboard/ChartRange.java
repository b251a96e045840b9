package dev.articleclassifier.cli.dashboard;

import dev.articleclassifier.cli.common.Periods;
import dev.articleclassifier.store.ArticleQueries;
import dev.articleclassifier.store.ArticleSummary;
import dev.articleclassifier.store.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The time range of a chart request. Missing bounds default to a window ending on the day of the newest
 * classified article (not today): a table whose stories are years old still opens on a picture with data in it.
 * Any range is drawn: one too long for its period (years per day) is drawn per week, month or year instead, so
 * that a chart never has more than {@value #MAX_PERIODS} points; the chart's {@code per} says which was used.
 */
final class ChartRange {

    static final int DEFAULT_DAYS = 30;
    static final int DEFAULT_WEEKS = 26;
    /** The most periods a chart draws: more points than a chart has pixels say nothing more. */
    static final int MAX_PERIODS = 400;

    private final ArticleQueries queries;
    private final Clock clock;

    ChartRange(ArticleQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The axis described by the {@code from}, {@code to} and {@code per} parameters. */
    Periods resolve(QueryParameters parameters) {
        Periods.Unit unit = Periods.Unit.parse(parameters.get("per").orElse("day"));
        LocalDate to = parameters.get("to").map(t -> Periods.day(t, "to")).orElseGet(this::newestDay);
        LocalDate from = parameters.get("from").map(f -> Periods.day(f, "from"))
                .orElseGet(() -> unit == Periods.Unit.WEEK ? to.minusWeeks(DEFAULT_WEEKS - 1)
                        : to.minusDays(DEFAULT_DAYS - 1));
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        return new Periods(from, to, unit).fitting(MAX_PERIODS);
    }

    private LocalDate newestDay() {
        List<ArticleSummary> newest = queries.latest(PageRequest.first(1)).items();
        if (!newest.isEmpty() && newest.get(0).sortTime() != null && newest.get(0).sortTime().length() >= 10) {
            return LocalDate.parse(newest.get(0).sortTime().substring(0, 10));
        }
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
