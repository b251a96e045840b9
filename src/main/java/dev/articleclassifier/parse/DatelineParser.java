package dev.articleclassifier.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
    }

    /** Datelines are short; looking only at the opening keeps the scanner's work bounded on long paragraphs. */
    private static final int MAX_DATELINE = 160;
    private static final Set<String> LOWER_WORDS = Set.of("de", "da", "do", "dos", "das", "del", "la", "le", "les",
            "of", "on", "upon", "en", "y", "e", "di", "am", "im", "an", "der", "el");
    private static final FoldedLabels LOWER_WORD_LABELS = new FoldedLabels(LOWER_WORDS);

    private DatelineParser() {
    }

    /**
     * The dateline opening {@code paragraph}, if it has one. Every story's first paragraph is asked, so the month
     * and the day are read where the scanner found them, and an upper-case place is title-cased straight from the
     * paragraph, rather than each being copied out first.
     */
    static Optional<Match> parse(String paragraph) {
        if (paragraph.isEmpty() || !isUpperCase(paragraph.charAt(0))) {
            return Optional.empty();
        }
        int headEnd = Math.min(paragraph.length(), MAX_DATELINE);
        if (!hasSeparator(paragraph, headEnd)) {
            return Optional.empty();
        }
        DatelineScanner scanner = new DatelineScanner(paragraph, headEnd);
        if (!scanner.scan()) {
            return Optional.empty();
        }
        // the place opens with a capital and ends a word: nothing to strip
        int placeEnd = scanner.placeEnd;
        int month = scanner.monthStart < 0 ? 0 : MonthNames.number(paragraph, scanner.monthStart, scanner.monthEnd);
        if (scanner.monthStart >= 0 && month == 0) {
            return Optional.empty();
        }
        int dayStart = scanner.dayStart;
        int dayEnd = scanner.dayEnd;
        if (scanner.dayFirstStart >= 0) {
            // "4 mars", "12 June": the month may be in the story's own language; only English ones give a date.
            month = MonthNames.number(paragraph, scanner.monthAfterStart, scanner.monthAfterEnd);
            dayStart = scanner.dayFirstStart;
            dayEnd = scanner.dayFirstEnd;
        }
        String agencyText = part(paragraph, scanner.agencyStart, scanner.agencyEnd);
        String agency = agencyText == null ? null : AgencyNames.findIn(agencyText).orElse(null);
        boolean confirmed = dayStart >= 0 || agency != null;
        boolean upperPlace = isUpperCase(paragraph, placeEnd);
        if (!upperPlace && !confirmed) {
            return Optional.empty();
        }
        if (agencyText != null && agency == null && !confirmed && !isUpperCase(agencyText, agencyText.length())) {
            return Optional.empty();
        }
        int day = dayStart < 0 || month == 0 ? 0 : digits(paragraph, dayStart, dayEnd);
        Integer year = scanner.yearStart < 0 ? null : digits(paragraph, scanner.yearStart, scanner.yearStart + 4);
        String region = part(paragraph, scanner.regionStart, scanner.regionEnd);
        String place = upperPlace ? titleCaseUpper(paragraph, placeEnd) : paragraph.substring(0, placeEnd);
        return Optional.of(new Match(place, region, month, day, year, agency, scanner.end));
    }

    /** The number the ASCII digits {@code text[start, end)} spell, as the scanner found them. */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** The text of a part the scanner found, or null when the dateline has no such part. */
    private static String part(String paragraph, int start, int end) {
        return start < 0 ? null : paragraph.substring(start, end);
    }

    /**
     * Whether the opening holds a character the dateline's closing dash can be: without one there is no dateline,
     * and most paragraphs are told so by one look.
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
        return isUpperCase(place, place.length()) ? titleCaseUpper(place, place.length()) : place;
    }

    /** {@link #titleCase} of {@code text[0, end)}, known to be upper-case. */
    private static String titleCaseUpper(String text, int end) {
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) >= 0x80) {
                return titleCaseWords(text.substring(0, end));
            }
        }
        return asciiTitleCase(text, end);
    }

    /** {@link #titleCase} of any upper-case place, word by word; the general path, which the ASCII one follows. */
    static String titleCaseWords(String place) {
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

    /**
     * {@link #titleCaseWords} of the ASCII place {@code place[0, length)}, as most are, in one array: ASCII case
     * changes keep every character where it is, so nothing is split off or appended.
     */
    private static String asciiTitleCase(String place, int length) {
        // splitting at ' ' drops the empty words that trailing spaces would end
        int end = length;
        while (end > 0 && place.charAt(end - 1) == ' ') {
            end--;
        }
        char[] out = new char[end];
        int wordStart = 0;
        for (int w = 0; wordStart <= end; w++) {
            // the place ends where the paragraph goes on: the search for a word's end stops there
            int wordEnd = wordStart;
            while (wordEnd < end && place.charAt(wordEnd) != ' ') {
                wordEnd++;
            }
            if (w > 0) {
                out[wordStart - 1] = ' ';
            }
            boolean keepLower = w > 0 && LOWER_WORD_LABELS.contains(place, wordStart, wordEnd);
            boolean capitalise = !keepLower;
            for (int i = wordStart; i < wordEnd; i++) {
                char c = AsciiCase.lower(place.charAt(i));
                out[i] = capitalise && c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
                capitalise = !keepLower && (c == '-' || c == '.' || (c == '\'' && i - wordStart == 1));
            }
            wordStart = wordEnd + 1;
        }
        return new String(out);
    }

    /** {@link Character#isUpperCase(char)}; every paragraph's first character is asked, nearly always ASCII. */
    private static boolean isUpperCase(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /**
     * Whether {@code text[0, end)} has a letter and no lower-case one; ASCII is decided without the JDK's tables.
     */
    private static boolean isUpperCase(String text, int end) {
        boolean letters = false;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z') {
                    return false;
                }
                letters |= c >= 'A' && c <= 'Z';
                continue;
            }
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }
}
