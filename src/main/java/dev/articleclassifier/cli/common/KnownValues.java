package dev.articleclassifier.cli.common;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a value typed on the command line against the values that can exist (topic ids of the rules, country
 * codes and region ids of the gazetteer, agency names). A typo would otherwise query a tag nobody ever wrote
 * and answer "0 articles" as if that were news; here it is refused with the closest known values.
 */
public final class KnownValues {

    private static final int SUGGESTIONS = 3;

    private KnownValues() {
    }

    /**
     * The known value {@code given} names, ignoring case.
     *
     * @throws IllegalArgumentException naming {@code what}, the value and the closest known values
     */
    public static String require(String what, String given, Collection<String> known) {
        Optional<String> match = known.stream().filter(k -> k.equalsIgnoreCase(given.trim())).findFirst();
        if (match.isPresent()) {
            return match.get();
        }
        List<String> closest = closest(given, known);
        throw new IllegalArgumentException("unknown " + what + " '" + given + "'"
                + (closest.isEmpty() ? "" : "; did you mean " + String.join(", ", closest) + "?"));
    }

    /** Up to three known values nearest to {@code given}: those it starts or ends, then by edit distance. */
    public static List<String> closest(String given, Collection<String> known) {
        String typed = given.trim().toLowerCase(Locale.ROOT);
        int tolerance = Math.max(2, typed.length() / 3);
        return known.stream()
                .map(k -> new Scored(k, distance(typed, k.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance <= tolerance || s.value.toLowerCase(Locale.ROOT).startsWith(typed))
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::value))
                .limit(SUGGESTIONS)
                .map(Scored::value)
                .toList();
    }

    private record Scored(String value, int distance) {
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
