package dev.articleclassifier.cli;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of a stats table: every day, or every week (named by its Monday, ISO weeks), from the first day to
 * the last, so that a quiet day shows as a zero instead of a missing row.
 */
record StatsCommandPeriods(boolean weekly, List<String> labels) {

    /** More rows than this is almost certainly a typo in a year. */
    static final int MAX_PERIODS = 3_700;

    StatsCommandPeriods {
        labels = List.copyOf(labels);
    }

    static StatsCommandPeriods of(String per, LocalDate first, LocalDate last) {
        boolean weekly = switch (per.toLowerCase(Locale.ROOT)) {
            case "day", "daily" -> false;
            case "week", "weekly" -> true;
            default -> throw new IllegalArgumentException("--per is day or week, got \"" + per + "\"");
        };
        List<String> labels = new ArrayList<>();
        LocalDate start = weekly ? monday(first) : first;
        for (LocalDate d = start; !d.isAfter(last); d = d.plusDays(weekly ? 7 : 1)) {
            if (labels.size() == MAX_PERIODS) {
                throw new IllegalArgumentException("the range has more than " + MAX_PERIODS + " rows; use --per week "
                        + "or a shorter range");
            }
            labels.add(d.toString());
        }
        return new StatsCommandPeriods(weekly, labels);
    }

    /** The label of the period holding a sort time ({@code 2015-12-24} or {@code 2015-12-24T10:00:00Z}, UTC). */
    String labelOf(String sortTime) {
        LocalDate day = LocalDate.parse(sortTime.substring(0, 10));
        return (weekly ? monday(day) : day).toString();
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
