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

    private static final Set<String> TRAILERS = Set.of("reuter", "reuters", "(end)", "end", "(ends)", "ends",
            "###", "# # #", "-0-", "-30-", "--30--", "(more)", "xxx", "nnnn", "(end item)", "end item");
    private static final Set<String> GLUED = Set.of("End", "END", "(END)", "Reuter", "###", "(ENDS)", "ENDS");
    private static final int MAX_TRAILER = 40;
    /** Lower-casing never shortens a string, so a longer line cannot be one of {@link #TRAILERS}. */
    private static final int MAX_MARKER = TRAILERS.stream().mapToInt(String::length).max().orElse(0);

    private TrailerStripper() {
    }

    /** Whether a whole line or paragraph is only an end-of-story marker or a desk note. */
    static boolean isTrailer(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_TRAILER) {
            return false;
        }
        return (s.length() <= MAX_MARKER && TRAILERS.contains(s.toLowerCase(Locale.ROOT))) || s.startsWith("Editor:")
                || s.startsWith("Editor :");
    }

    /**
     * As {@link #isTrailer(String)}, for the trimmed line {@code text[start, end)}; only a line short enough to be a
     * marker is copied out.
     */
    static boolean isTrailer(String text, int start, int end) {
        return end - start <= MAX_TRAILER && isTrailer(text.substring(start, end));
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
        String tail = paragraph.substring(space + 1, end);
        // A single stray character after the marker ("Endi") comes from an icon's alt text on the source page.
        boolean marker = GLUED.contains(tail) || (tail.length() == 4 && GLUED.contains(tail.substring(0, 3))
                && Character.isLowerCase(tail.charAt(3)));
        char before = paragraph.charAt(space - 1);
        boolean afterSentence = before == '.' || before == '!' || before == '?' || before == '"' || before == '\u201D'
                || before == '\'' || before == '\u2019' || before == ')';
        return marker && afterSentence ? paragraph.substring(0, space).stripTrailing() : paragraph;
    }
}
