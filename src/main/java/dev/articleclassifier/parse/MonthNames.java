package dev.articleclassifier.parse;

import java.util.Locale;
import java.util.Map;

/** English month names as wire copy abbreviates them ("Dec.", "Sept.", "March"), mapped to month numbers. */
final class MonthNames {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1),
            Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3),
            Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("june", 6),
            Map.entry("jul", 7), Map.entry("july", 7),
            Map.entry("aug", 8), Map.entry("august", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
            Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("dec", 12), Map.entry("december", 12));

    private MonthNames() {
    }

    /** The month's number (1-12), or 0 when the word is not a month name. */
    static int number(String word) {
        if (word == null) {
            return 0;
        }
        String key = word.strip().toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return MONTHS.getOrDefault(key, 0);
    }
}
