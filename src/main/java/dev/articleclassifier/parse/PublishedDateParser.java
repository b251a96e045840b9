package dev.articleclassifier.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date from the places stories print it: bylines ("Xinhua, December 24, 2015"), HTML meta
 * ("2015-12-24T08:30:00+08:00"), NITF norms ("20151224T083000+0800") and datelines ("Dec. 24", which carries no
 * year). Results are ISO-8601: a date, or a date-time when the source gives a time.
 */
final class PublishedDateParser {

    /** "December 24, 2015", "Dec. 24 2015", "Sept 3, 2015". */
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b([A-Z][a-z]{2,8})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
    /** "24 December 2015", "24 Dec. 2015". */
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})\\s+([A-Z][a-z]{2,8})\\.?,?\\s+((?:19|20)\\d{2})\\b");
    /** "2015-12-24", possibly followed by a time. */
    private static final Pattern ISO_DATE = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
    /** NITF norm: "20151224", "20151224T083000", "20151224T083000+0800", "20151224T083000Z". */
    private static final Pattern BASIC =
            Pattern.compile("((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");

    private PublishedDateParser() {
    }

    /** A date written anywhere in a short text such as a byline; only complete dates (with a year) count. */
    static Optional<String> findIn(String text) {
        if (text == null || !hasYear(text)) {
            return Optional.empty();
        }
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            Optional<String> date = date(m.group(3), MonthNames.number(m.group(1)), m.group(2));
            if (date.isPresent()) {
                return date;
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            Optional<String> date = date(m.group(3), MonthNames.number(m.group(2)), m.group(1));
            if (date.isPresent()) {
                return date;
            }
        }
        m = ISO_DATE.matcher(text);
        if (m.find()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        return Optional.empty();
    }

    /**
     * A machine-written timestamp from metadata: ISO-8601 date or date-time (offset kept) or the NITF basic
     * form; falls back to {@link #findIn} for human-written values.
     */
    static Optional<String> parseTimestamp(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        Optional<String> iso = isoTimestamp(v);
        if (iso.isPresent()) {
            return iso;
        }
        Matcher basic = BASIC.matcher(v);
        if (basic.matches()) {
            return basicTimestamp(basic);
        }
        return findIn(v);
    }

    /**
     * Whether {@code text} holds four digits in a row opening with 19 or 20, as every date pattern's year does: most
     * bylines hold none, and this look spares them the patterns. Without one, {@link #findIn} finds nothing.
     */
    static boolean hasYear(String text) {
        for (int i = 0; i + 4 <= text.length(); i++) {
            // Every year starting at i up to i + 3 has a digit at i + 3: without one, all four are passed at once.
            // Most characters are no digit, so most of the text is read a fourth as often.
            if (!isDigit(text.charAt(i + 3))) {
                i += 3;
                continue;
            }
            char first = text.charAt(i);
            char second = text.charAt(i + 1);
            if (((first == '1' && second == '9') || (first == '2' && second == '0')) && isDigit(text.charAt(i + 2))
                    && isDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The year a text mentions, e.g. in "Copyright 2015", used to complete a year-less dateline date. */
    static Optional<Integer> findYear(String text) {
        Matcher m = YEAR.matcher(text);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The date of month and day in the given year, when such a date exists. */
    static Optional<String> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> date(String year, int month, String day) {
        if (month <= 0) {
            return Optional.empty();
        }
        return date(Integer.parseInt(year), month, Integer.parseInt(day));
    }

    private static Optional<String> isoTimestamp(String v) {
        if (v.length() < 10 || !Character.isDigit(v.charAt(0))) {
            return Optional.empty();
        }
        String normalised = v.replace(' ', 'T');
        try {
            return Optional.of(OffsetDateTime.parse(normalised).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException ignored) {
            // not a date-time with offset; try the shorter forms
        }
        try {
            return Optional.of(LocalDateTime.parse(normalised).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        } catch (DateTimeParseException ignored) {
            // not a local date-time either
        }
        if (v.length() >= 10 && ISO_DATE.matcher(v.substring(0, 10)).matches()) {
            return date(v.substring(0, 4), Integer.parseInt(v.substring(5, 7)), v.substring(8, 10));
        }
        return Optional.empty();
    }

    private static Optional<String> basicTimestamp(Matcher m) {
        Optional<String> day = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        if (day.isEmpty() || m.group(4) == null) {
            return day;
        }
        String time = m.group(4) + ":" + m.group(5) + ":" + (m.group(6) == null ? "00" : m.group(6));
        String zone = m.group(7);
        String text = day.get() + "T" + time + (zone == null ? "" : normaliseOffset(zone));
        return isoTimestamp(text);
    }

    private static String normaliseOffset(String zone) {
        if (zone.equals("Z") || zone.indexOf(':') > 0) {
            return zone;
        }
        return zone.substring(0, 3) + ":" + zone.substring(3);
    }
}
