package dev.articleclassifier.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A half-open interval {@code [from, to)} of {@linkplain TimeKeys sort times}, as ISO-8601 strings: dates
 * ({@code 2015-12-24}) or UTC date-times ({@code 2015-12-24T10:00:00Z}). Because index sort keys are
 * {@code <time>#<articleId>}, the key condition {@code BETWEEN from AND to} never matches a key equal to
 * {@code to} and behaves as half-open.
 */
public record TimeRange(String from, String to) {

    public TimeRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException("time range ends before it starts: " + from + " .. " + to);
        }
    }

    /** Every time a record can have. */
    public static TimeRange all() {
        return new TimeRange("0000", "9999");
    }

    /** Whole days, {@code fromDay} included, {@code toDay} excluded. */
    public static TimeRange days(LocalDate fromDay, LocalDate toDayExclusive) {
        return new TimeRange(fromDay.toString(), toDayExclusive.toString());
    }

    public static TimeRange between(Instant from, Instant toExclusive) {
        return new TimeRange(TimeKeys.utc(from), TimeKeys.utc(toExclusive));
    }
}
