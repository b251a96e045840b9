package dev.articleclassifier.cli.common;

import dev.articleclassifier.store.TimeKeys;
import dev.articleclassifier.store.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/**
 * {@code --from} and {@code --to}: a range of the articles' sort time (publication time, else ingestion time).
 * Dates are whole days and both ends are included, the way people say "from the 1st to the 31st"; UTC
 * date-times ({@code 2015-12-24T10:00:00Z}) are taken as given, the end excluded. A missing end is open.
 */
public final class RangeOptions {

    @Option(names = "--from", paramLabel = "DATE",
            description = "first day (2015-12-01) or UTC date-time (2015-12-01T06:00:00Z), included")
    String from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "last day, included (2015-12-31); a date-time is excluded")
    String to;

    /** @throws IllegalArgumentException on a value that is no date, or an empty range */
    public TimeRange range() {
        String start = from == null ? TimeRange.all().from() : bound("--from", from, false);
        String end = to == null ? TimeRange.all().to() : bound("--to", to, true);
        if (start.compareTo(end) > 0) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        return new TimeRange(start, end);
    }

    /** Both ends as whole days, for a count per period; both are required. */
    public Periods periods(Periods.Unit unit) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("give the days to count with --from DATE and --to DATE");
        }
        LocalDate first = day("--from", from);
        LocalDate last = day("--to", to);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        return new Periods(first, last, unit);
    }

    private static LocalDate day(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " takes a date such as 2015-12-24, got '" + value + "'");
        }
    }

    private static String bound(String option, String value, boolean end) {
        try {
            LocalDate day = LocalDate.parse(value);
            return (end ? day.plusDays(1) : day).toString();
        } catch (DateTimeParseException notDate) {
            // a date-time, perhaps
        }
        try {
            return TimeKeys.utc(Instant.from(OffsetDateTime.parse(value)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " takes a date (2015-12-24) or a date-time with zone "
                    + "(2015-12-24T10:00:00Z), got '" + value + "'");
        }
    }
}
