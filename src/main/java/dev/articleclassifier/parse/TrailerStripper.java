package dev.articleclassifier.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes the end-of-story markers that wire services append ("Reuter", "(END)", "End", "###", "-0-") and the
 * desk notes that follow them. Web copies of agency pages glue the marker to the last sentence ("... coalition.
 * End"), so the end of the last paragraph is checked too. A "Reuter" trailer names the agency.
 */
final class TrailerStripper {

    private static final FoldedLabels TRAILERS = new FoldedLabels(Set.of("reuter", "reuters", "(end)", "end",
            "(ends)", "ends", "###", "# # #", "-0-", "-30-", "--30--", "(more)", "xxx", "nnnn", "(end item)",
            "end item"));
    private static final Set<String> GLUED = Set.of("End", "END", "(END)", "Reuter", "###", "(ENDS)", "ENDS");
    /** No glued marker, nor one with a stray letter after it, is longer. */
    private static final int MAX_GLUED = longest(GLUED) + 1;
    private static final int MAX_TRAILER = 40;
    private static final String[] DESK_NOTES = {"Editor:", "Editor :"};
    /** The letter every one of {@link #DESK_NOTES} opens with. */
    private static final char DESK_NOTE_INITIAL = 'E';

    private TrailerStripper() {
    }

    /** A loop rather than a stream: this class is first used by the first story's parse, on the cold start. */
    private static int longest(Set<String> markers) {
        int longest = 0;
        for (String marker : markers) {
            longest = Math.max(longest, marker.length());
        }
        return longest;
    }

    /** Whether a whole line or paragraph is only an end-of-story marker or a desk note. */
    static boolean isTrailer(String line) {
        return isStrippedTrailer(line, 0, line.length());
    }

    /**
     * As {@link #isTrailer(String)}, for the line {@code text[trimmedStart, trimmedEnd)}, which must already be
     * trimmed (a line's bounds as {@link TextLines} gives them): the joiner asks this of every line, so nothing is
     * copied out of the text to answer, and the line is not trimmed again.
     */
    static boolean isTrailer(String text, int trimmedStart, int trimmedEnd) {
        return trimmedStart < trimmedEnd && trimmedEnd - trimmedStart <= MAX_TRAILER
                && isTrimmedTrailer(text, trimmedStart, trimmedEnd);
    }

    /** Whether {@code text[from, to)}, stripped of whitespace at both ends, is a marker or a desk note. */
    private static boolean isStrippedTrailer(String text, int from, int to) {
        int start = Whitespace.skipLeading(text, from, to);
        int end = Whitespace.dropTrailing(text, start, to);
        return isTrailer(text, start, end);
    }

    /**
     * Whether the non-empty trimmed {@code text[start, end)} is a marker or a desk note. A line longer than every
     * marker, as most are, can only be a note, and every note opens with the same letter: one comparison settles
     * nearly every line.
     */
    private static boolean isTrimmedTrailer(String text, int start, int end) {
        if (TRAILERS.contains(text, start, end)) {
            return true;
        }
        if (text.charAt(start) != DESK_NOTE_INITIAL) {
            return false;
        }
        for (String note : DESK_NOTES) {
            if (end - start >= note.length() && text.startsWith(note, start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops trailing marker paragraphs and a marker glued to the last sentence, in place.
     *
     * @return "Reuters" when a "Reuter" trailer was seen, otherwise {@code null}
     */
    static String strip(List<String> paragraphs) {
        String agency = null;
        while (!paragraphs.isEmpty()) {
            String last = paragraphs.get(paragraphs.size() - 1);
            if (isTrailer(last)) {
                if (last.strip().toLowerCase(Locale.ROOT).startsWith("reuter")) {
                    agency = "Reuters";
                }
                paragraphs.remove(paragraphs.size() - 1);
                continue;
            }
            String unglued = unglue(last);
            if (unglued.length() == last.length()) {
                break;
            }
            if (unglued.isEmpty()) {
                paragraphs.remove(paragraphs.size() - 1);
            } else {
                paragraphs.set(paragraphs.size() - 1, unglued);
            }
        }
        return agency;
    }

    /** "... a step toward coalition. End" → "... a step toward coalition."; also a stray letter after it. */
    private static String unglue(String paragraph) {
        int end = paragraph.length();
        int space = paragraph.lastIndexOf(' ');
        if (space < 1) {
            return paragraph;
        }
        char before = paragraph.charAt(space - 1);
        boolean afterSentence = before == '.' || before == '!' || before == '?' || before == '"' || before == '\u201D'
                || before == '\'' || before == '\u2019' || before == ')';
        // Every story's last paragraph is looked at, and most end with an ordinary word: only a short last word
        // after a sentence is copied out to be compared.
        if (!afterSentence || end - (space + 1) > MAX_GLUED) {
            return paragraph;
        }
        String tail = paragraph.substring(space + 1, end);
        // A single stray character after the marker ("Endi") comes from an icon's alt text on the source page.
        boolean marker = GLUED.contains(tail) || (tail.length() == 4 && GLUED.contains(tail.substring(0, 3))
                && Character.isLowerCase(tail.charAt(3)));
        return marker ? paragraph.substring(0, space).stripTrailing() : paragraph;
    }
}
