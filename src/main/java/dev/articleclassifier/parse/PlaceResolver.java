package dev.articleclassifier.parse;

import java.util.Optional;

/**
 * Looks up the country of a place named in a dateline ("MOSCOW" → RU). The parser only needs this one question
 * answered; the gazetteer of the classify package answers it, so parsing stays free of gazetteer data.
 */
@FunctionalInterface
public interface PlaceResolver {

    /** A resolver that knows no place. */
    PlaceResolver NONE = place -> Optional.empty();

    /** ISO 3166-1 alpha-2 code of the country the place lies in, when the place is known and unambiguous. */
    Optional<String> countryOf(String place);

    /**
     * The country of a dateline's place with the region that qualifies it ("Portland" and "Ore."), or of the place
     * alone when {@code region} is null: by default, of "place, region". A resolver that can look the two up
     * apart spares joining them only to split them again.
     */
    default Optional<String> countryOf(String place, String region) {
        return countryOf(region == null ? place : place + ", " + region);
    }
}
