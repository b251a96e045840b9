package dev.articleclassifier.cli.dashboard;

import dev.articleclassifier.store.TimeRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The time axis of a chart: whole days from {@code from} to {@code to} (both included), cut into days or into
 * ISO weeks (starting on Monday). A week is named by its Monday, which may lie before {@code from}: the first and
 * last weeks can be partial.
 *
 * <p>Articles are placed by their sort time (publication time, else ingestion time), whose first ten characters
 * are always the UTC day.
 */
public record Periods(LocalDate from, LocalDate to, Unit unit) {

    /** The widest axis a chart draws; wider ranges should use weeks. */
    public static final int MAX_PERIODS = 400;

    /** How long one period is. */
    public enum Unit {
        DAY, WEEK;

        /** {@code day} or {@code week}, as the {@code per} parameter spells it. */
        public static Unit parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("per must be day or week, was '" + text + "'");
            }
        }
    }

    public Periods {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(unit, "unit");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        long count = ChronoUnit.DAYS.between(start(from, unit), to) / (unit == Unit.WEEK ? 7 : 1) + 1;
        if (count > MAX_PERIODS) {
            throw new IllegalArgumentException("range too long: " + count + " " + unit.name().toLowerCase(Locale.ROOT)
                    + "s, at most " + MAX_PERIODS);
        }
    }

    /** A day written {@code yyyy-MM-dd}. */
    public static LocalDate day(String text, String parameter) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(parameter + " must be a day such as 2015-12-24, was '" + text + "'");
        }
    }

    /** The first day of each period, as {@code yyyy-MM-dd}. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        int step = unit == Unit.WEEK ? 7 : 1;
        for (LocalDate d = start(from, unit); !d.isAfter(to); d = d.plusDays(step)) {
            labels.add(d.toString());
        }
        return labels;
    }

    /** The key range to query: {@code from} at midnight to the midnight after {@code to}. */
    public TimeRange timeRange() {
        return TimeRange.days(from, to.plusDays(1));
    }

    /** Which period a sort time falls into, or -1 when it lies outside the axis or is not a time. */
    public int indexOf(String sortTime) {
        if (sortTime == null || sortTime.length() < 10) {
            return -1;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(sortTime.substring(0, 10));
        } catch (DateTimeParseException e) {
            return -1;
        }
        if (day.isBefore(from) || day.isAfter(to)) {
            return -1;
        }
        long days = ChronoUnit.DAYS.between(start(from, unit), day);
        return (int) (unit == Unit.WEEK ? days / 7 : days);
    }

    private static LocalDate start(LocalDate day, Unit unit) {
        return unit == Unit.WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
    }
}
