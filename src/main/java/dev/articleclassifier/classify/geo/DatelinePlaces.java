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
 */
final class DatelinePlaces {

    private final Map<String, String> countryByPlace;

    private DatelinePlaces(Map<String, String> countryByPlace) {
        // the builder's own map, handed over rather than copied (init time): nothing else holds it
        this.countryByPlace = countryByPlace;
    }

    /** Country code of a dateline place, "City" or "City, Region", when the gazetteer knows it. */
    Optional<String> countryOf(String place) {
        if (place == null) {
            return Optional.empty();
        }
        int comma = place.lastIndexOf(',');
        if (comma > 0) {
            String region = countryByPlace.get(key(place.substring(comma + 1)));
            if (region != null) {
                return Optional.of(region);
            }
            place = place.substring(0, comma);
        }
        return Optional.ofNullable(countryByPlace.get(key(place)));
    }

    /** How a place is looked up: folded, dots dropped, single spaces, no leading "the". */
    static String key(String place) {
        // a char array rather than a StringBuilder: the gazetteer keys some thousands of places at init
        char[] key = new char[place.length()];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
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
        boolean the = length > 4 && key[0] == 't' && key[1] == 'h' && key[2] == 'e' && key[3] == ' ';
        return the ? new String(key, 4, length - 4) : new String(key, 0, length);
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
