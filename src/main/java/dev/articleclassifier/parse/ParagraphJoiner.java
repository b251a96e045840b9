package dev.articleclassifier.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds paragraphs from lines. Old wire copy is wrapped at about 65 columns and marks a new paragraph by
 * indenting it or by a blank line; its line breaks inside a paragraph become spaces. Text copied from web pages
 * has one long line per paragraph, and there every line is a paragraph of its own.
 */
final class ParagraphJoiner {

    /** Lines no longer than this, throughout the body, mean the text was wrapped by its sender. */
    private static final int MAX_WRAPPED_LINE = 100;
    /** Wrapped lines in a paragraph, for a first guess at how long paragraphs are. */
    private static final int PARAGRAPH_LINES = 8;
    /** Room for a paragraph of several wrapped lines from the start, rather than doubling from 16 characters. */
    private static final int INITIAL_CAPACITY = 1024;
    private static final int MAX_KEPT_CAPACITY = 64 * 1024;
    /** Set on a thread's first wrapped story; a plain ThreadLocal, with no lambda to link on the cold start. */
    private static final ThreadLocal<StringBuilder> BUILDER = new ThreadLocal<>();

    private ParagraphJoiner() {
    }

    /** The paragraphs of {@code lines}, each trimmed, with the words of a wrapped paragraph joined by one space. */
    static List<String> join(TextLines lines) {
        List<String> paragraphs = new ArrayList<>();
        join(lines, 0, new boolean[lines.size()], paragraphs);
        return paragraphs;
    }

    /**
     * As {@link #join(TextLines)}, for the lines from {@code from} on that are not {@code dropped}, as if the others
     * were not there: told which to leave out, rather than given a copy of the lines without them. The paragraphs
     * are added to {@code paragraphs}, the draft's own list, rather than to a list it would copy.
     */
    static void join(TextLines lines, int from, boolean[] dropped, List<String> paragraphs) {
        int longest = 0;
        int minIndent = Integer.MAX_VALUE;
        boolean adjacent = false;
        boolean previousNonBlank = false;
        for (int line = from; line < lines.size(); line++) {
            if (dropped[line]) {
                continue;
            }
            int content = lines.contentStart(line);
            boolean blank = content == lines.end(line);
            if (!blank) {
                longest = Math.max(longest, lines.end(line) - content);
                minIndent = Math.min(minIndent, content - lines.start(line));
                adjacent |= previousNonBlank;
            }
            previousNonBlank = !blank;
        }
        boolean wrapped = adjacent && longest <= MAX_WRAPPED_LINE;
        if (wrapped) {
            joinWrapped(lines, from, dropped, minIndent, longest, paragraphs);
        } else {
            linePerParagraph(lines, from, dropped, paragraphs);
        }
    }

    private static void linePerParagraph(TextLines lines, int from, boolean[] dropped, List<String> paragraphs) {
        for (int line = from; line < lines.size(); line++) {
            if (!dropped[line] && !lines.isBlank(line)) {
                paragraphs.add(lines.stripped(line));
            }
        }
    }

    private static void joinWrapped(TextLines lines, int from, boolean[] dropped, int minIndent, int width,
                                    List<String> paragraphs) {
        String text = lines.text();
        StringBuilder current = builder(PARAGRAPH_LINES * width);
        try {
            joinWrapped(lines, from, dropped, minIndent, width, paragraphs, text, current);
        } finally {
            release(current);
        }
    }

    private static void joinWrapped(TextLines lines, int from, boolean[] dropped, int minIndent, int width,
                                    List<String> paragraphs, String text, StringBuilder current) {
        int previousStart = -1;
        int previousEnd = -1;
        boolean previousIsTrailer = false;
        for (int line = from; line < lines.size(); line++) {
            if (dropped[line]) {
                continue;
            }
            int start = lines.contentStart(line);
            int end = lines.end(line);
            if (start == end) {
                flush(current, paragraphs);
                previousStart = -1;
                continue;
            }
            boolean isTrailer = TrailerStripper.isTrailer(text, start, end);
            boolean startsParagraph = previousStart < 0
                    || start - lines.start(line) > minIndent
                    || isTrailer
                    || previousIsTrailer
                    || endsShortSentence(text, previousStart, previousEnd, width);
            if (startsParagraph) {
                flush(current, paragraphs);
            } else {
                current.append(' ');
            }
            current.append(text, start, end);
            previousStart = start;
            previousEnd = end;
            previousIsTrailer = isTrailer;
        }
        flush(current, paragraphs);
    }

    /**
     * The calling thread's builder, empty, with room for {@code capacity} characters. Every wrapped story builds its
     * paragraphs in one builder and copies each out, so the builder is kept for the thread's next story rather than
     * made anew, several hundred characters of garbage a story ({@link #release}).
     */
    private static StringBuilder builder(int capacity) {
        StringBuilder builder = BUILDER.get();
        if (builder == null) {
            builder = new StringBuilder(Math.max(capacity, INITIAL_CAPACITY));
            BUILDER.set(builder);
        }
        builder.setLength(0);
        builder.ensureCapacity(capacity);
        return builder;
    }

    /**
     * Done with the thread's builder: one that a very long paragraph grew past {@link #MAX_KEPT_CAPACITY} is let go
     * now, not at the thread's next story, which may never come (a warm function, an idle worker), so that a thread
     * never holds megabytes for a story it has finished.
     */
    private static void release(StringBuilder builder) {
        if (builder.capacity() > MAX_KEPT_CAPACITY) {
            BUILDER.remove();
        }
    }

    /** Whether the calling thread keeps a builder for its next story, and of what capacity (0 for none). */
    static int keptCapacity() {
        StringBuilder kept = BUILDER.get();
        return kept == null ? 0 : kept.capacity();
    }

    /**
     * A line ({@code text[start, end)}, trimmed) that ends a sentence well before the wrap column ends its paragraph,
     * even without indentation.
     */
    private static boolean endsShortSentence(String text, int start, int end, int width) {
        char last = text.charAt(end - 1);
        boolean sentenceEnd = last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D';
        return sentenceEnd && end - start < width * 0.6;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
