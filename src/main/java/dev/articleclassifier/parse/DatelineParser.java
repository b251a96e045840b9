package dev.articleclassifier.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the dateline that opens a wire story: the place the reporter filed from, in capitals, optionally
 * followed by a region, the day ("Dec. 24", never a year in most copy) and the agency in parentheses, then a
 * dash: "MOSCOW, Dec. 24 (Xinhua) --", "LONDON, March 4 (Reuters) -", "WASHINGTON (AP) —", "SALVADOR, Feb 26 -".
 * A place in title case ("Moscow, Dec. 24 (Xinhua) --") counts only when a day or an agency confirms it, so an
 * ordinary sentence with a dash is not mistaken for a dateline.
 */
final class DatelineParser {

    /** What the dateline said, and where the story text after it begins. */
    record Match(String place, String region, int month, int day, Integer year, String agency, int bodyStart) {

        boolean hasDay() {
            return month > 0 && day > 0;
        }

        /**
         * The place as a gazetteer should look it up: with its region when the dateline names one ("Portland,
         * Ore."), since US and Canadian wires qualify a city by its state or province and that decides the country.
         */
        String placeWithRegion() {
            return region == null ? place : place + ", " + region;
        }
    }

    /** Datelines are short; looking only at the opening keeps the pattern's work bounded on long paragraphs. */
    private static final int MAX_DATELINE = 160;
    private static final String WORD = "[A-Za-z\\u00C0-\\u017F][A-Za-z\\u00C0-\\u017F.'\\u2019-]*";
    private static final Pattern DATELINE = Pattern.compile(
            "(?<place>[A-Z\\u00C0-\\u00DE][A-Za-z\\u00C0-\\u017F.'\\u2019-]*(?: " + WORD + "){0,4})"
            + "(?:,\\s*(?<region>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?))?"
            // the date follows a comma, or only a space after an abbreviated region ("RICHMOND, Va. Feb 26 -");
            // wires also print months in capitals or odd case ("MARCH 3", "FEb 26")
            + "(?:(?:,\\s*|(?<=\\.)\\s+)(?:(?<month>[A-Za-z]{3,9})\\.?\\s+(?<day>\\d{1,2})"
            + "|(?<dayFirst>\\d{1,2})\\.?\\s+(?<monthAfter>\\p{L}{3,10})\\.?)(?:,?\\s*(?<year>(?:19|20)\\d{2}))?)?"
            + "\\s*(?:\\((?<agency>[^()]{2,40})\\))?"
            + "\\s*(?<sep>--|-|\\u2014|\\u2013|_)\\s*");
    private static final Set<String> LOWER_WORDS = Set.of("de", "da", "do", "dos", "das", "del", "la", "le", "les",
            "of", "on", "upon", "en", "y", "e", "di", "am", "im", "an", "der", "el");

    private DatelineParser() {
    }

    /** The dateline opening {@code paragraph}, if it has one. */
    static Optional<Match> parse(String paragraph) {
        if (paragraph.isEmpty() || !Character.isUpperCase(paragraph.charAt(0))) {
            return Optional.empty();
        }
        int headEnd = Math.min(paragraph.length(), MAX_DATELINE);
        if (!hasSeparator(paragraph, headEnd)) {
            return Optional.empty();
        }
        Matcher m = DATELINE.matcher(paragraph).region(0, headEnd);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String place = m.group("place").strip();
        int month = MonthNames.number(m.group("month"));
        if (m.group("month") != null && month == 0) {
            return Optional.empty();
        }
        String dayText = m.group("day");
        if (m.group("dayFirst") != null) {
            // "4 mars", "12 June": the month may be in the story's own language; only English ones give a date.
            month = MonthNames.number(m.group("monthAfter"));
            dayText = m.group("dayFirst");
        }
        String agencyText = m.group("agency");
        String agency = agencyText == null ? null : AgencyNames.findIn(agencyText).orElse(null);
        boolean confirmed = dayText != null || agency != null;
        if (!isUpperCase(place) && !confirmed) {
            return Optional.empty();
        }
        if (agencyText != null && agency == null && !confirmed && !isUpperCase(agencyText)) {
            return Optional.empty();
        }
        int day = dayText == null || month == 0 ? 0 : Integer.parseInt(dayText);
        Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
        String region = m.group("region");
        return Optional.of(new Match(titleCase(place), region, month, day, year, agency, m.end()));
    }

    /**
     * Whether the opening holds a character the pattern's closing dash can be: without one the pattern cannot
     * match, and most paragraphs are told so by a scan instead of the pattern's backtracking.
     */
    private static boolean hasSeparator(String text, int end) {
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '_' || c == '\u2014' || c == '\u2013') {
                return true;
            }
        }
        return false;
    }

    /** "RIO DE JANEIRO" → "Rio de Janeiro", "GUINEA-BISSAU" → "Guinea-Bissau"; title-case input is kept. */
    static String titleCase(String place) {
        if (!isUpperCase(place)) {
            return place;
        }
        StringBuilder out = new StringBuilder(place.length());
        String[] words = place.toLowerCase(Locale.ROOT).split(" ");
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (w > 0) {
                out.append(' ');
            }
            if (w > 0 && LOWER_WORDS.contains(word)) {
                out.append(word);
                continue;
            }
            boolean capitalise = true;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                out.append(capitalise ? Character.toUpperCase(c) : c);
                // "N'DJAMENA" → "N'Djamena", "ST.-DENIS" → "St.-Denis": a new word starts after a hyphen or
                // a one-letter prefix with an apostrophe.
                capitalise = c == '-' || c == '.' || ((c == '\'' || c == '\u2019') && i == 1);
            }
        }
        return out.toString();
    }

    private static boolean isUpperCase(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }
}
