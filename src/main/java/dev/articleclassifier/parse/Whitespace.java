package dev.articleclassifier.parse;

/**
 * {@link Character#isWhitespace(char)}, answered for ASCII without the JDK's lookup. Every line of a story is
 * trimmed and its indentation measured, and its headline's words counted, so this is asked of many characters,
 * nearly all of them ASCII; the JDK's version looks each one up in a table behind a call that other code, asking
 * about other scripts, can keep the JIT from inlining.
 */
final class Whitespace {

    /**
     * Bit {@code c} set for each ASCII whitespace character: tab, line feed, vertical tab, form feed, carriage
     * return, the file, group, record and unit separators, and the space.
     */
    private static final long ASCII_WHITESPACE = 0x3E00L | 0xF0000000L | (1L << ' ');

    private Whitespace() {
    }

    /** Exactly {@link Character#isWhitespace(char)}: ASCII is decided here, anything else by the JDK. */
    static boolean is(char c) {
        if (c < 0x80) {
            // One bit test, with no branch on whether c is a space: in prose that changes every few characters,
            // and a branch on it would be mispredicted as often. Above ' ' the shift wraps, so it is ruled out first.
            return (c <= ' ') & (((ASCII_WHITESPACE >>> c) & 1L) != 0);
        }
        return Character.isWhitespace(c);
    }

    /** Where {@code text[from, to)} starts once whitespace is skipped at its start. */
    static int skipLeading(String text, int from, int to) {
        int at = from;
        while (at < to && is(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Where {@code text[from, to)} ends once whitespace is dropped at its end. */
    static int dropTrailing(String text, int from, int to) {
        int at = to;
        while (at > from && is(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    /** How many whitespace-separated words {@code text} has. */
    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = is(text.charAt(i));
            // counted without a branch on the word boundary, which comes every few characters
            words += !space & !inWord ? 1 : 0;
            inWord = !space;
        }
        return words;
    }
}
