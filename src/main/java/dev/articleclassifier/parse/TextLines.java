package dev.articleclassifier.parse;

import java.util.Arrays;

/**
 * The lines of a plain-text story, each held as bounds into the text rather than as a copy. Wire copy wrapped at
 * 65 columns has a line for every dozen words, and most lines are only looked at (for page furniture, for their
 * indentation) before their words are copied once into a paragraph.
 *
 * <p>A line's bounds leave out its line feed and any whitespace before it, as {@link String#stripTrailing} would;
 * its indentation, which can mark a new paragraph, is kept.
 */
final class TextLines {

    private static final int CHARS_PER_LINE = 32;
    /** A line's start, content start and end, side by side in {@link #bounds}. */
    private static final int BOUNDS = 3;

    private final String text;
    /**
     * Each line's start, the start of its content (found once: the joiner and the chrome check both ask for it)
     * and its end, in one array: one allocation a story rather than three, and the three numbers the joiner reads
     * of every line lie together.
     */
    private final int[] bounds;
    private final int size;

    private TextLines(String text, int[] bounds, int size) {
        this.text = text;
        this.bounds = bounds;
        this.size = size;
    }

    /** The lines of {@code text}, split at each line feed. */
    static TextLines of(String text) {
        int[] bounds = new int[expectedLines(text) * BOUNDS];
        int size = 0;
        int start = 0;
        while (true) {
            int lineFeed = text.indexOf('\n', start);
            int end = lineFeed < 0 ? text.length() : lineFeed;
            int at = size * BOUNDS;
            if (at == bounds.length) {
                bounds = Arrays.copyOf(bounds, at * 2);
            }
            int contentEnd = Whitespace.dropTrailing(text, start, end);
            bounds[at] = start;
            bounds[at + 1] = Whitespace.skipLeading(text, start, contentEnd);
            bounds[at + 2] = contentEnd;
            size++;
            if (lineFeed < 0) {
                return new TextLines(text, bounds, size);
            }
            start = lineFeed + 1;
        }
    }

    /**
     * Room for lines of {@value #CHARS_PER_LINE} characters on average. Wire copy wrapped at 65 columns averages
     * near 50, counting the short lines that end paragraphs and fill tables, so nearly every story fits without
     * a second array; from a fixed 16, a third of them grew.
     */
    private static int expectedLines(String text) {
        return text.length() / CHARS_PER_LINE + 2;
    }

    /** The text the lines are bounds into. */
    String text() {
        return text;
    }

    int size() {
        return size;
    }

    /** Where line {@code line} starts in {@link #text}, with its indentation. */
    int start(int line) {
        return bounds[line * BOUNDS];
    }

    /** Where line {@code line} ends in {@link #text}, without trailing whitespace. */
    int end(int line) {
        return bounds[line * BOUNDS + 2];
    }

    /** Where the first character that is not whitespace is; the line's end when it is blank. */
    int contentStart(int line) {
        return bounds[line * BOUNDS + 1];
    }

    boolean isBlank(int line) {
        return contentStart(line) == end(line);
    }

    /** The line without its leading and trailing whitespace. */
    String stripped(int line) {
        return text.substring(contentStart(line), end(line));
    }
}
