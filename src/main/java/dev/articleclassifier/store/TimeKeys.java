package dev.articleclassifier.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The sort key of the indexes: when the story happened, as a string that sorts in time order, followed by
 * {@code #articleId} so that two stories of the same second stay distinct.
 *
 * <p>The time is the article's {@code published} value when the parser found one, otherwise the ingestion time.
 * Date-times are converted to UTC and cut to whole seconds ({@code 2015-12-24T10:00:00Z}): offsets and fractional
 * seconds would break string order. A date alone stays a date ({@code 2015-12-24}); because {@code '#'} sorts
 * before {@code 'T'}, it sorts at the start of its day, and a range such as {@code 2015-12-24 .. 2015-12-25}
 * selects exactly that day.
 */
public final class TimeKeys {

    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private TimeKeys() {
    }

    /** The sortable time of an article: its publication time when parseable, else {@code ingestedAt}. */
    public static String sortTime(String published, Instant ingestedAt) {
        if (published != null && !published.isBlank()) {
            String value = published.trim();
            try {
                return utc(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException notOffset) {
                // fall through: the parser also reports plain dates and local date-times
            }
            try {
                return utc(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notLocal) {
                // fall through
            }
            try {
                return LocalDate.parse(value).toString();
            } catch (DateTimeParseException notDate) {
                // an unparseable date is not a reason to lose the article: order it by ingestion
            }
        }
        return utc(ingestedAt);
    }

    /** {@code sortTime#articleId}. */
    public static String timeKey(String sortTime, String articleId) {
        return sortTime + "#" + articleId;
    }

    /** An instant as {@code yyyy-MM-ddTHH:mm:ssZ}, the format every stored date-time uses. */
    public static String utc(Instant instant) {
        return UTC_SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
