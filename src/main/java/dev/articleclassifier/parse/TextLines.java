package dev.articleclassifier.parse;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The lines of a plain-text story, each held as bounds into the text rather than as a copy. Wire copy wrapped at
 * 65 columns has a line for every dozen words, and most lines are only looked at (for page furniture, for their
 * indentation) before their words are copied once into a paragraph.
 *
 * <p>A line's bounds leave out its line feed and any whitespace before it, as {@link String#stripTrailing} would;
 * its indentation, which can mark a new paragraph, is kept.
 */
final class TextLines {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int size;

    private TextLines(String text, int[] starts, int[] ends, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    /** The lines of {@code text}, split at each line feed. */
    static TextLines of(String text) {
        int[] starts = new int[16];
        int[] ends = new int[16];
        int size = 0;
        int start = 0;
        while (true) {
            int lineFeed = text.indexOf('\n', start);
            int end = lineFeed < 0 ? text.length() : lineFeed;
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = trimEnd(text, start, end);
            size++;
            if (lineFeed < 0) {
                return new TextLines(text, starts, ends, size);
            }
            start = lineFeed + 1;
        }
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
        int at = starts[line];
        int end = ends[line];
        while (at < end && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    boolean isBlank(int line) {
        return contentStart(line) == ends[line];
    }

    /** The line without its leading and trailing whitespace. */
    String stripped(int line) {
        return text.substring(contentStart(line), ends[line]);
    }

    /** The lines from {@code from} on that {@code keep} accepts, as lines of the same text. */
    TextLines subset(int from, IntPredicate keep) {
        int[] keptStarts = new int[Math.max(0, size - from)];
        int[] keptEnds = new int[keptStarts.length];
        int kept = 0;
        for (int line = from; line < size; line++) {
            if (keep.test(line)) {
                keptStarts[kept] = starts[line];
                keptEnds[kept] = ends[line];
                kept++;
            }
        }
        return new TextLines(text, keptStarts, keptEnds, kept);
    }

    private static int trimEnd(String text, int start, int end) {
        int at = end;
        while (at > start && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }
}
