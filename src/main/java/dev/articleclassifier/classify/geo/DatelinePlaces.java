package dev.articleclassifier.classify.geo;

import dev.articleclassifier.classify.text.TextFolding;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The places a dateline may name, each with its country. A dateline is where the reporter filed from, printed in
 * capitals before the story: "WELLINGTON, Feb 26 -", "PORTLAND, Ore., Feb 26 -", "LONDON, Ont. -". Wire copy
 * from the United States and Canada qualifies a city with its state or province, usually abbreviated, and that
 * qualifier is the surer guide: the city may be small ("Hauppauge") or share its name with a city elsewhere
 * ("London, Ont."). So a place written "City, Region" resolves by the region when the region is known, else by
 * the city. Keys are folded, without dots or a leading "the": "The Hague", "St. Louis" and "St Louis" all match.
 *
 * <p>Nearly every story's dateline is looked up, so a place is looked up where it lies in the text, its key
 * folded into a scratch array and found in a table of its own by hash, rather than cut out, keyed as a new
 * string and looked up in a map; the answers are kept as {@link Optional}s, made once.
 */
final class DatelinePlaces {

    /** Open addressing with linear probing, at most half full; null where no place is. */
    private final String[] keys;
    private final int[] hashes;
    private final Optional<String>[] countries;

    @SuppressWarnings("unchecked")
    private DatelinePlaces(Map<String, String> countryByPlace) {
        int slots = Integer.highestOneBit(Math.max(1, countryByPlace.size())) << 2;
        this.keys = new String[slots];
        this.hashes = new int[slots];
        this.countries = (Optional<String>[]) new Optional<?>[slots];
        Map<String, Optional<String>> answers = new HashMap<>();
        for (Map.Entry<String, String> place : countryByPlace.entrySet()) {
            int hash = place.getKey().hashCode();
            int slot = slot(hash);
            while (keys[slot] != null) {
                slot = (slot + 1) & (slots - 1);
            }
            keys[slot] = place.getKey();
            hashes[slot] = hash;
            // a plain lookup rather than computeIfAbsent: no lambda to link while the gazetteer loads on cold start
            Optional<String> answer = answers.get(place.getValue());
            if (answer == null) {
                answer = Optional.of(place.getValue());
                answers.put(place.getValue(), answer);
            }
            countries[slot] = answer;
        }
    }

    /** Country code of a dateline place, "City" or "City, Region", when the gazetteer knows it. */
    Optional<String> countryOf(String place) {
        if (place == null) {
            return Optional.empty();
        }
        int comma = place.lastIndexOf(',');
        if (comma > 0) {
            Optional<String> region = find(place, comma + 1, place.length());
            return region.isPresent() ? region : find(place, 0, comma);
        }
        return find(place, 0, place.length());
    }

    /**
     * Country code of the dateline place {@code place} with its {@code region} ("Ore."), null when the dateline
     * names none: the same answer as for "place, region", without joining them first.
     */
    Optional<String> countryOf(String place, String region) {
        if (region != null) {
            Optional<String> byRegion = find(region, 0, region.length());
            if (byRegion.isPresent()) {
                return byRegion;
            }
        }
        return place == null ? Optional.empty() : find(place, 0, place.length());
    }

    /** The country of the place {@code text[from, to)}, looked up by its {@link #key}. */
    private Optional<String> find(String text, int from, int to) {
        char[] key = new char[to - from];
        int length = fold(text, from, to, key);
        int start = opensWithThe(key, length) ? 4 : 0;
        int hash = 0;
        for (int i = start; i < length; i++) {
            hash = 31 * hash + key[i];
        }
        for (int slot = slot(hash); keys[slot] != null; slot = (slot + 1) & (keys.length - 1)) {
            if (hashes[slot] == hash && equals(keys[slot], key, start, length)) {
                return countries[slot];
            }
        }
        return Optional.empty();
    }

    private static boolean equals(String stored, char[] key, int start, int end) {
        if (stored.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (stored.charAt(i - start) != key[i]) {
                return false;
            }
        }
        return true;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (keys.length - 1);
    }

    /** How a place is looked up: folded, dots dropped, single spaces, no leading "the". */
    static String key(String place) {
        // a char array rather than a StringBuilder: the gazetteer keys some thousands of places at init
        char[] key = new char[place.length()];
        int length = fold(place, 0, place.length(), key);
        return opensWithThe(key, length) ? new String(key, 4, length - 4) : new String(key, 0, length);
    }

    /**
     * Writes {@code text[from, to)} folded, with dots and whitespace turned into single spaces between words, into
     * {@code key}; returns how many characters it wrote.
     */
    private static int fold(String text, int from, int to, char[] key) {
        int length = 0;
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || Character.isWhitespace(c)) {
                space = length > 0;
            } else {
                if (space) {
                    key[length++] = ' ';
                    space = false;
                }
                key[length++] = TextFolding.fold(c);
            }
        }
        return length;
    }

    private static boolean opensWithThe(char[] key, int length) {
        return length > 4 && key[0] == 't' && key[1] == 'h' && key[2] == 'e' && key[3] == ' ';
    }

    static Builder builder() {
        return new Builder();
    }

    /** Collects places; the first country listed for a place keeps it. */
    static final class Builder {

        /** Sized for the bundled gazetteer's 2,600 places, so that building it never rehashes. */
        private final Map<String, String> countryByPlace = new HashMap<>(4096);

        Builder add(String place, String countryCode) {
            String key = key(place);
            if (!key.isEmpty()) {
                countryByPlace.putIfAbsent(key, countryCode);
            }
            return this;
        }

        /** The places collected; the builder is done with then. */
        DatelinePlaces build() {
            return new DatelinePlaces(countryByPlace);
        }
    }
}
