package dev.articleclassifier.parse;

/** English month names as wire copy abbreviates them ("Dec.", "Sept.", "March"), mapped to month numbers. */
final class MonthNames {

    private static final String[] NAMES = {"jan", "january", "feb", "february", "mar", "march", "apr", "april",
            "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
            "november", "dec", "december"};
    private static final int[] NUMBERS = {1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 6, 7, 7, 8, 8, 9, 9, 9, 10, 10, 11, 11, 12, 12};
    /** Each name of {@link #NAMES} packed as {@link #pack} packs a word, so a lookup compares numbers. */
    private static final long[] PACKED = packedNames();
    /** Longest name; a longer word is no month. */
    private static final int MAX_LENGTH = 9;

    private MonthNames() {
    }

    /**
     * The month's number (1-12), or 0 when the word is not a month name. The word is compared in place, without
     * a lower-cased copy: datelines are read for every story. Only ASCII letters can spell a name, and no other
     * character lower-cases to one of theirs.
     */
    static int number(String word) {
        return word == null ? 0 : number(word, 0, word.length());
    }

    /**
     * {@link #number(String)} of the word {@code text[start, end)}, read in place: the dateline parser asks it of
     * the month's bounds in a story's first paragraph, which it need not copy out.
     */
    static int number(String text, int start, int end) {
        int from = Whitespace.skipLeading(text, start, end);
        int to = Whitespace.dropTrailing(text, from, end);
        if (to > from && text.charAt(to - 1) == '.') {
            to--;
        }
        long packed = pack(text, from, to);
        if (packed <= 0) {
            return 0;
        }
        for (int m = 0; m < PACKED.length; m++) {
            if (PACKED[m] == packed) {
                return NUMBERS[m];
            }
        }
        return 0;
    }

    /**
     * The characters {@code word[start, end)}, lower-cased, seven bits a character, or -1 when one is not ASCII or
     * they are more than a name can have.
     */
    private static long pack(String word, int start, int end) {
        if (end - start > MAX_LENGTH) {
            return -1;
        }
        long packed = 0;
        for (int i = start; i < end; i++) {
            char c = word.charAt(i);
            if (c >= 0x80) {
                return -1;
            }
            packed = packed << 7 | AsciiCase.lower(c);
        }
        return packed;
    }

    private static long[] packedNames() {
        long[] packed = new long[NAMES.length];
        for (int m = 0; m < NAMES.length; m++) {
            packed[m] = pack(NAMES[m], 0, NAMES[m].length());
        }
        return packed;
    }
}
