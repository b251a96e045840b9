package dev.articleclassifier.parse;

/**
 * Lower-casing of ASCII letters alone, for the parser's comparisons with its own lower-case ASCII words (markers,
 * month names, labels): those are decided in place, character by character, without the JDK's case tables or a
 * lower-cased copy of the text. Every other character is returned as it is.
 */
final class AsciiCase {

    private AsciiCase() {
    }

    /** {@code c} lower-cased when it is an ASCII capital, else {@code c} itself. */
    static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
