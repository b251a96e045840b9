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

    private final String text;
    private final int[] starts;
    /** Where each line's content starts, found once: the joiner and the chrome check both ask for it. */
    private final int[] contentStarts;
    private final int[] ends;
    private final int size;

    private TextLines(String text, int[] starts, int[] contentStarts, int[] ends, int size) {
        this.text = text;
        this.starts = starts;
        this.contentStarts = contentStarts;
        this.ends = ends;
        this.size = size;
    }

    /** The lines of {@code text}, split at each line feed. */
    static TextLines of(String text) {
        int capacity = expectedLines(text);
        int[] starts = new int[capacity];
        int[] contentStarts = new int[capacity];
        int[] ends = new int[capacity];
        int size = 0;
        int start = 0;
        while (true) {
            int lineFeed = text.indexOf('\n', start);
            int end = lineFeed < 0 ? text.length() : lineFeed;
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                contentStarts = Arrays.copyOf(contentStarts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            int contentEnd = Whitespace.dropTrailing(text, start, end);
            starts[size] = start;
            contentStarts[size] = Whitespace.skipLeading(text, start, contentEnd);
            ends[size] = contentEnd;
            size++;
            if (lineFeed < 0) {
                return new TextLines(text, starts, contentStarts, ends, size);
            }
            start = lineFeed + 1;
        }
    }

    /**
     * Room for lines of {@value #CHARS_PER_LINE} characters on average. Wire copy wrapped at 65 columns averages
     * near 50, counting the short lines that end paragraphs and fill tables, so nearly every story fits without
     * a second set of arrays; from a fixed 16, a third of them grew all three.
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
        return starts[line];
    }

    /** Where line {@code line} ends in {@link #text}, without trailing whitespace. */
    int end(int line) {
        return ends[line];
    }

    /** Where the first character that is not whitespace is; the line's end when it is blank. */
    int contentStart(int line) {
        return contentStarts[line];
    }

    boolean isBlank(int line) {
        return contentStarts[line] == ends[line];
    }

    /** The line without its leading and trailing whitespace. */
    String stripped(int line) {
        return text.substring(contentStart(line), ends[line]);
    }
}
