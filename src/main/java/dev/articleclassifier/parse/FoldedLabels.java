package dev.articleclassifier.parse;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A set of short lower-case ASCII labels ("print", "(end)") that a line matches when lower-casing it gives one of
 * them. Every short line of a story is asked, so an ASCII line is compared in place, case-insensitively, with the
 * labels of its length, which decides the same as lower-casing would without copying the line; only a line with
 * other characters (a Kelvin sign lower-cases to 'k') is copied and lower-cased.
 */
final class FoldedLabels {

    private final Set<String> labels;
    /** The labels of each length, indexed by length. */
    private final String[][] byLength;
    private final int longest;

    /** @param labels lower-case ASCII labels */
    FoldedLabels(Set<String> labels) {
        // plain loops rather than streams and lambdas: the first story's parse builds these on the cold start
        int longestLabel = 0;
        for (String label : labels) {
            if (!label.equals(label.toLowerCase(Locale.ROOT)) || !isAscii(label)) {
                // the in-place comparison is only the same as lower-casing for ASCII labels
                throw new IllegalArgumentException("not a lower-case ASCII label: " + label);
            }
            longestLabel = Math.max(longestLabel, label.length());
        }
        this.labels = Set.copyOf(labels);
        this.longest = longestLabel;
        int[] counts = new int[longest + 1];
        for (String label : labels) {
            counts[label.length()]++;
        }
        this.byLength = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            byLength[length] = new String[counts[length]];
            counts[length] = 0;
        }
        for (String label : labels) {
            byLength[label.length()][counts[label.length()]++] = label;
        }
        for (String[] sameLength : byLength) {
            Arrays.sort(sameLength);
        }
    }

    private static boolean isAscii(String label) {
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text[start, end)}, lower-cased, is one of the labels. */
    boolean contains(String text, int start, int end) {
        // Lower-casing never shortens a string (only 'İ' changes length, and it grows), so longer text, most
        // lines, is no label; this much is small enough for the JIT to inline wherever it is asked.
        return end - start <= longest && matches(text, start, end);
    }

    private boolean matches(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 0x80) {
                return labels.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
            }
        }
        if (start == end) {
            return labels.contains("");
        }
        // the first letter, lower-cased, rules out most labels of the length before a whole comparison
        char first = text.charAt(start);
        if (first >= 'A' && first <= 'Z') {
            first = (char) (first + ('a' - 'A'));
        }
        for (String label : byLength[end - start]) {
            if (label.charAt(0) == first && text.regionMatches(true, start, label, 0, label.length())) {
                return true;
            }
        }
        return false;
    }
}
