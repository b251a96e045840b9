package dev.articleclassifier.cli.common;

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
 * The time axis of a count per period ({@code stats} rows, dashboard charts): whole days from {@code from} to
 * {@code to} (both included), cut into days, ISO weeks (starting on Monday), months or years. A period is named
 * by its first day, which may lie before {@code from}: the first and last periods can be partial. Every period of
 * the range is on the axis, so a quiet one shows as a zero rather than as a missing row.
 *
 * <p>Articles are placed by their sort time (publication time, else ingestion time), whose first ten characters
 * are always the UTC day.
 */
public record Periods(LocalDate from, LocalDate to, Unit unit) {

    /** How long one period is, shortest first. */
    public enum Unit {
        DAY(ChronoUnit.DAYS), WEEK(ChronoUnit.WEEKS), MONTH(ChronoUnit.MONTHS), YEAR(ChronoUnit.YEARS);

        private final ChronoUnit length;

        Unit(ChronoUnit length) {
            this.length = length;
        }

        /** {@code day}, {@code week}, {@code month} or {@code year}, in any case. */
        public static Unit parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("per must be day, week, month or year, was '" + text + "'");
            }
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        LocalDate start(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
                case YEAR -> day.withDayOfYear(1);
            };
        }

        Unit coarser() {
            return this == YEAR ? YEAR : values()[ordinal() + 1];
        }
    }

    public Periods {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(unit, "unit");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
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

    /** How many periods the axis has. */
    public int count() {
        return (int) Math.min(Integer.MAX_VALUE, unit.length.between(unit.start(from), unit.start(to)) + 1);
    }

    /**
     * This axis, or the same range in the finest coarser unit with at most {@code max} periods: a range of
     * years drawn per day would be unreadable (and slow), so it is drawn per week, month or year instead.
     */
    public Periods fitting(int max) {
        Periods axis = this;
        while (axis.count() > max && axis.unit != Unit.YEAR) {
            axis = new Periods(from, to, axis.unit.coarser());
        }
        return axis;
    }

    /** The first day of each period, as {@code yyyy-MM-dd}. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>(count());
        for (LocalDate d = unit.start(from); !d.isAfter(to); d = d.plus(1, unit.length)) {
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
        return (int) unit.length.between(unit.start(from), unit.start(day));
    }

    /** The label of the period holding a sort time, or {@code null} outside the axis. */
    public String labelOf(String sortTime) {
        int at = indexOf(sortTime);
        return at < 0 ? null : unit.start(from).plus(at, unit.length).toString();
    }
}
