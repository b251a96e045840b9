package dev.articleclassifier.parse;

import java.util.Arrays;

/**
 * Finds where the parts of a dateline ("RIO DE JANEIRO, Sept. 3 (Reuters) -") lie in the opening of a paragraph;
 * {@link DatelineParser} reads them. The grammar, in regular-expression terms, where {@code \s} is ASCII whitespace:
 * <pre>
 *   place    [A-Z\u00C0-\u00DE] W* ( ' ' [A-Za-z\u00C0-\u017F] W* ){0,4}     W = [A-Za-z\u00C0-\u017F.'\u2019-]
 *   region   ( ',' \s* [A-Z] [A-Za-z.]* ( ' ' [A-Z] [A-Za-z.]* )? )?
 *   date     ( ( ',' \s* | after a '.', \s+ )
 *              ( month=[A-Za-z]{3,9} '.'? \s+ day=\d{1,2} | dayFirst=\d{1,2} '.'? \s+ monthAfter=\p{L}{3,10} '.'? )
 *              ( ','? \s* year=(19|20)\d\d )? )?
 *   agency   \s* ( '(' [^()]{2,40} ')' )?
 *   dash     \s* ( '--' | '-' | '\u2014' | '\u2013' | '_' ) \s*
 * </pre>
 * Where the grammar allows more than one reading, the first in a backtracking regular-expression engine's order is
 * taken, as when this was one {@code java.util.regex} pattern: an optional part present before absent, a longer run
 * before a shorter, the place's next word before the parts after the place. A place word can also end early at a
 * hyphen, the dash then following at once ("US-German ..." is the place "US").
 *
 * <p>Each instance reads one paragraph once; the bounds of the reading found are in its fields, -1 for a part
 * the reading does not have.
 */
final class DatelineScanner {

    private static final int MAX_EXTRA_PLACE_WORDS = 4;
    private static final int MAX_AGENCY = 40;

    private final String text;
    /** Only {@code text[0, limit)} is read. */
    private final int limit;

    int placeEnd;
    int regionStart = -1;
    int regionEnd;
    int monthStart = -1;
    int monthEnd;
    int dayStart = -1;
    int dayEnd;
    int dayFirstStart = -1;
    int dayFirstEnd;
    int monthAfterStart = -1;
    int monthAfterEnd;
    int yearStart = -1;
    int agencyStart = -1;
    int agencyEnd;
    /** Where the story text after the dateline begins. */
    int end;

    /** A scanner for the dateline opening {@code text}, reading no further than {@code limit}. */
    DatelineScanner(String text, int limit) {
        this.text = text;
        this.limit = limit;
    }

    /** Whether the text opens with a dateline; its parts are then in the fields. */
    boolean scan() {
        if (limit == 0 || !isPlaceInitial(text.charAt(0))) {
            return false;
        }
        int run = run(1);
        for (int wordEnd = run; wordEnd >= 1; wordEnd--) {
            if (canEndPlaceWord(wordEnd, run) && placeWords(wordEnd, 0)) {
                return true;
            }
        }
        return false;
    }

    /** Tries further place words after {@code at}, more before fewer, then the rest of the dateline. */
    private boolean placeWords(int at, int words) {
        if (words < MAX_EXTRA_PLACE_WORDS && at + 1 < limit && text.charAt(at) == ' '
                && isWordInitial(text.charAt(at + 1))) {
            int run = run(at + 2);
            for (int wordEnd = run; wordEnd >= at + 2; wordEnd--) {
                if (canEndPlaceWord(wordEnd, run) && placeWords(wordEnd, words + 1)) {
                    return true;
                }
            }
        }
        placeEnd = at;
        return region(at);
    }

    /**
     * Whether a place word cut at {@code at}, its longest run ending at {@code runEnd}, can be followed by the rest:
     * inside the run the next character is a word character, and of those only a hyphen can start anything, the
     * dash. Skipping the other cuts only spares attempts that fail.
     */
    private boolean canEndPlaceWord(int at, int runEnd) {
        return at == runEnd || text.charAt(at) == '-';
    }

    private boolean region(int at) {
        if (at < limit && text.charAt(at) == ',') {
            int start = skipSpaces(at + 1);
            if (start < limit && isAsciiUpper(text.charAt(start))) {
                int firstEnd = regionRun(start + 1);
                if (firstEnd + 1 < limit && text.charAt(firstEnd) == ' ' && isAsciiUpper(text.charAt(firstEnd + 1))) {
                    regionStart = start;
                    regionEnd = regionRun(firstEnd + 2);
                    if (date(regionEnd)) {
                        return true;
                    }
                }
                regionStart = start;
                regionEnd = firstEnd;
                if (date(firstEnd)) {
                    return true;
                }
            }
        }
        regionStart = -1;
        return date(at);
    }

    private boolean date(int at) {
        int start = -1;
        if (at < limit && text.charAt(at) == ',') {
            start = skipSpaces(at + 1);
        } else if (at > 0 && text.charAt(at - 1) == '.' && at < limit && isSpace(text.charAt(at))) {
            start = skipSpaces(at);
        }
        if (start >= 0 && (monthThenDay(start) || dayThenMonth(start))) {
            return true;
        }
        monthStart = -1;
        dayStart = -1;
        dayFirstStart = -1;
        monthAfterStart = -1;
        yearStart = -1;
        return agencyAndDash(at);
    }

    /** "Dec. 24", "MARCH 3". */
    private boolean monthThenDay(int at) {
        int letters = 0;
        while (at + letters < limit && isAsciiLetter(text.charAt(at + letters))) {
            letters++;
        }
        dayFirstStart = -1;
        monthAfterStart = -1;
        for (int length = Math.min(letters, 9); length >= 3; length--) {
            monthStart = at;
            monthEnd = at + length;
            int lettersEnd = monthEnd;
            for (int afterDot = afterOptionalDot(lettersEnd); afterDot >= lettersEnd; afterDot--) {
                if (afterDot >= limit || !isSpace(text.charAt(afterDot))) {
                    continue;
                }
                int day = skipSpaces(afterDot);
                for (int digits = digits(day, 2); digits >= 1; digits--) {
                    dayStart = day;
                    dayEnd = day + digits;
                    if (year(dayEnd)) {
                        return true;
                    }
                }
            }
        }
        monthStart = -1;
        dayStart = -1;
        return false;
    }

    /** "12 June", "4 mars": the month is any word, English or not. */
    private boolean dayThenMonth(int at) {
        monthStart = -1;
        dayStart = -1;
        for (int digits = digits(at, 2); digits >= 1; digits--) {
            dayFirstStart = at;
            dayFirstEnd = at + digits;
            int digitsEnd = dayFirstEnd;
            for (int afterDot = afterOptionalDot(digitsEnd); afterDot >= digitsEnd; afterDot--) {
                if (afterDot >= limit || !isSpace(text.charAt(afterDot))) {
                    continue;
                }
                int month = skipSpaces(afterDot);
                int[] letterEnds = letterEnds(month, 10);
                for (int letters = letterEnds.length; letters >= 3; letters--) {
                    monthAfterStart = month;
                    monthAfterEnd = letterEnds[letters - 1];
                    int lettersEnd = monthAfterEnd;
                    for (int next = afterOptionalDot(lettersEnd); next >= lettersEnd; next--) {
                        if (year(next)) {
                            return true;
                        }
                    }
                }
            }
        }
        dayFirstStart = -1;
        monthAfterStart = -1;
        return false;
    }

    /** ", 2015" or " 2015" after the day, then the rest; or the rest without a year. */
    private boolean year(int at) {
        boolean comma = at < limit && text.charAt(at) == ',';
        // after the comma first, then without it, counting down to spare an array of the two
        for (int start = comma ? at + 1 : at; start >= at; start--) {
            int year = skipSpaces(start);
            if (isYear(year)) {
                yearStart = year;
                if (agencyAndDash(year + 4)) {
                    return true;
                }
            }
        }
        yearStart = -1;
        return agencyAndDash(at);
    }

    private boolean agencyAndDash(int at) {
        int open = skipSpaces(at);
        agencyStart = -1;
        if (open < limit && text.charAt(open) == '(') {
            // without the agency the dash would have to be the '(' itself
            int close = agencyEnd(open + 1);
            if (close < 0) {
                return false;
            }
            agencyStart = open + 1;
            agencyEnd = close;
            return dash(skipSpaces(close + 1));
        }
        return dash(open);
    }

    /** Where the ')' closing an agency name that starts at {@code at} is, or -1. */
    private int agencyEnd(int at) {
        int i = at;
        int codePoints = 0;
        while (codePoints < MAX_AGENCY && i < limit) {
            int c = Character.codePointAt(text, i);
            int next = i + Character.charCount(c);
            if (next > limit || c == '(' || c == ')') {
                break;
            }
            i = next;
            codePoints++;
        }
        return codePoints >= 2 && i < limit && text.charAt(i) == ')' ? i : -1;
    }

    private boolean dash(int at) {
        if (at >= limit) {
            return false;
        }
        char c = text.charAt(at);
        int after;
        if (c == '-') {
            after = at + 1 < limit && text.charAt(at + 1) == '-' ? at + 2 : at + 1;
        } else if (c == '\u2014' || c == '\u2013' || c == '_') {
            after = at + 1;
        } else {
            return false;
        }
        end = skipSpaces(after);
        return true;
    }

    /** Where a run of place-word characters starting at {@code at} ends. */
    private int run(int at) {
        int i = at;
        while (i < limit && isWordChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int regionRun(int at) {
        int i = at;
        while (i < limit && (isAsciiLetter(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    /**
     * The first of the positions after an optional '.' at {@code at}: after the dot when there is one, to be tried
     * before {@code at} itself by counting down to it.
     */
    private int afterOptionalDot(int at) {
        return at < limit && text.charAt(at) == '.' ? at + 1 : at;
    }

    /** How many ASCII digits, up to {@code most}, start at {@code at}. */
    private int digits(int at, int most) {
        int n = 0;
        while (n < most && at + n < limit && isDigit(text.charAt(at + n))) {
            n++;
        }
        return n;
    }

    /** Where each of up to {@code most} letters (code points) starting at {@code at} ends. */
    private int[] letterEnds(int at, int most) {
        int[] ends = new int[most];
        int n = 0;
        int i = at;
        while (n < most && i < limit) {
            int c = Character.codePointAt(text, i);
            int next = i + Character.charCount(c);
            if (next > limit || !Character.isLetter(c)) {
                break;
            }
            i = next;
            ends[n++] = i;
        }
        return Arrays.copyOf(ends, n);
    }

    private boolean isYear(int at) {
        if (at + 4 > limit) {
            return false;
        }
        char first = text.charAt(at);
        char second = text.charAt(at + 1);
        return ((first == '1' && second == '9') || (first == '2' && second == '0'))
                && isDigit(text.charAt(at + 2)) && isDigit(text.charAt(at + 3));
    }

    private int skipSpaces(int at) {
        int i = at;
        while (i < limit && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code \s} of a regular expression: ASCII whitespace only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isPlaceInitial(char c) {
        return isAsciiUpper(c) || (c >= '\u00C0' && c <= '\u00DE');
    }

    private static boolean isWordInitial(char c) {
        return isAsciiLetter(c) || (c >= '\u00C0' && c <= '\u017F');
    }

    private static boolean isWordChar(char c) {
        return isWordInitial(c) || c == '.' || c == '\'' || c == '\u2019' || c == '-';
    }
}
