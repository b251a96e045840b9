package dev.articleclassifier.cli;

import dev.articleclassifier.store.TimeKeys;
import dev.articleclassifier.store.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Option parsing shared by {@code query} and {@code stats}: options are taken out of a mutable argument list, so
 * what is left at the end is either expected (nothing) or a mistake to report. Every problem is an
 * {@link IllegalArgumentException} whose message the command prints before exiting with status 2.
 */
final class QueryCommandOptions {

    private QueryCommandOptions() {
    }

    /** Removes {@code option VALUE} from {@code args}; {@code null} when the option is absent. */
    static String take(List<String> args, String option) {
        int at = args.indexOf(option);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= args.size() || args.get(at + 1).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        String value = args.get(at + 1);
        args.subList(at, at + 2).clear();
        if (args.contains(option)) {
            throw new IllegalArgumentException(option + " is given twice");
        }
        return value;
    }

    static boolean wantsHelp(List<String> args) {
        return args.contains("--help") || args.contains("-h");
    }

    static int positive(String option, String value, int fallback, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new IllegalArgumentException(option + " takes a whole number from 1 to " + max + ", got \"" + value + "\"");
    }

    /** Fails on anything not consumed by the command, since a mistyped option would otherwise be ignored. */
    static void noneLeft(List<String> args) {
        if (!args.isEmpty()) {
            throw new IllegalArgumentException((args.get(0).startsWith("-") ? "unknown option " : "unexpected argument ")
                    + args.get(0));
        }
    }

    /**
     * The range {@code --from .. --to}. Dates are whole days and both ends are included, the way people say
     * "from the 1st to the 31st"; UTC date-times ({@code 2015-12-24T10:00:00Z}) are taken as given, the end
     * excluded. A missing end is open.
     */
    static TimeRange range(String from, String to) {
        String start = from == null ? TimeRange.all().from() : bound("--from", from, false);
        String end = to == null ? TimeRange.all().to() : bound("--to", to, true);
        if (start.compareTo(end) > 0) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        return new TimeRange(start, end);
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
                    + "(2015-12-24T10:00:00Z), got \"" + value + "\"");
        }
    }
}
