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

    private ParagraphJoiner() {
    }

    static List<String> join(List<String> lines) {
        int longest = 0;
        int minIndent = Integer.MAX_VALUE;
        boolean adjacent = false;
        boolean previousNonBlank = false;
        for (String line : lines) {
            // one look at each end of the line, without the stripped copy: no whitespace is a surrogate pair
            int indent = indent(line);
            boolean blank = indent == line.length();
            if (!blank) {
                int end = line.length();
                while (Character.isWhitespace(line.charAt(end - 1))) {
                    end--;
                }
                longest = Math.max(longest, end - indent);
                minIndent = Math.min(minIndent, indent);
                adjacent |= previousNonBlank;
            }
            previousNonBlank = !blank;
        }
        boolean wrapped = adjacent && longest <= MAX_WRAPPED_LINE;
        return wrapped ? joinWrapped(lines, minIndent, longest) : linePerParagraph(lines);
    }

    private static List<String> linePerParagraph(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines) {
            String s = line.strip();
            if (!s.isEmpty()) {
                paragraphs.add(s);
            }
        }
        return paragraphs;
    }

    private static List<String> joinWrapped(List<String> lines, int minIndent, int width) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) {
                flush(current, paragraphs);
                previous = null;
                continue;
            }
            boolean startsParagraph = previous == null
                    || indent(line) > minIndent
                    || TrailerStripper.isTrailer(s)
                    || TrailerStripper.isTrailer(previous)
                    || endsShortSentence(previous, width);
            if (startsParagraph) {
                flush(current, paragraphs);
            } else {
                current.append(' ');
            }
            current.append(s);
            previous = s;
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    /** A line that ends a sentence well before the wrap column ends its paragraph, even without indentation. */
    private static boolean endsShortSentence(String line, int width) {
        char last = line.charAt(line.length() - 1);
        boolean sentenceEnd = last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D';
        return sentenceEnd && line.length() < width * 0.6;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && Character.isWhitespace(line.charAt(n))) {
            n++;
        }
        return n;
    }
}
