package dev.articleclassifier.parse;

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
        for (String label : labels) {
            if (!label.equals(label.toLowerCase(Locale.ROOT)) || !label.chars().allMatch(c -> c < 0x80)) {
                // the in-place comparison is only the same as lower-casing for ASCII labels
                throw new IllegalArgumentException("not a lower-case ASCII label: " + label);
            }
        }
        this.labels = Set.copyOf(labels);
        this.longest = labels.stream().mapToInt(String::length).max().orElse(0);
        this.byLength = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int l = length;
            byLength[length] = labels.stream().filter(label -> label.length() == l).sorted().toArray(String[]::new);
        }
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
