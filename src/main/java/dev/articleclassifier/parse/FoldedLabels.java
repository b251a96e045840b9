package dev.articleclassifier.parse;

import java.util.Locale;
import java.util.Set;

/**
 * A set of short lower-case ASCII labels ("print", "(end)") that a line matches when lower-casing it gives one of
 * them. Every short line of a story is asked, so an ASCII line is hashed in place, lower-casing as it goes, and
 * the one label with that hash is compared with it: the same answer as lower-casing a copy, in one pass over the
 * line and without comparing it with the several labels of its length. Only a line with other characters (a
 * Kelvin sign lower-cases to 'k') is copied and lower-cased.
 */
final class FoldedLabels {

    private final Set<String> labels;
    /**
     * The labels by {@link String#hashCode}, open addressing with linear probing in a table at most a quarter
     * full, so that a miss, the usual answer, mostly finds an empty slot at once.
     */
    private final String[] byHash;
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
        this.byHash = new String[Integer.highestOneBit(Math.max(1, labels.size())) << 3];
        for (String label : labels) {
            int slot = slot(label.hashCode());
            while (byHash[slot] != null) {
                slot = (slot + 1) & (byHash.length - 1);
            }
            byHash[slot] = label;
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
        // the hash String.hashCode gives the lower-cased text, while its characters are ASCII
        int hash = 0;
        int seen = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            seen |= c;
            hash = 31 * hash + AsciiCase.lower(c);
        }
        if (seen >= 0x80) {
            return labels.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
        }
        for (int slot = slot(hash); byHash[slot] != null; slot = (slot + 1) & (byHash.length - 1)) {
            String label = byHash[slot];
            if (label.hashCode() == hash && label.length() == end - start
                    && text.regionMatches(true, start, label, 0, label.length())) {
                return true;
            }
        }
        return false;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (byHash.length - 1);
    }
}
