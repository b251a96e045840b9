package dev.articleclassifier.classify.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelinePlacesTest {

    private static final DatelinePlaces PLACES = DatelinePlaces.builder()
            .add("London", "GB")
            .add("Ont.", "CA")
            .add("Portland", "US")
            .add("The Hague", "NL")
            .add("St. Louis", "US")
            .add("Sao Paulo", "BR")
            .add("London", "CA")
            .build();

    @ParameterizedTest
    @CsvSource({"LONDON, GB", "london, GB", "The Hague, NL", "THE HAGUE, NL", "Hague, NL", "St Louis, US",
            "ST.LOUIS, US", "  St.  Louis , US", "SÃO PAULO, BR"})
    void countryOf_findsPlaceByItsFoldedKey(String place, String country) {
        assertEquals(Optional.of(country), PLACES.countryOf(place));
    }

    @Test
    void countryOf_findsRegionAfterComma() {
        assertEquals(Optional.of("CA"), PLACES.countryOf("London, Ont."));
        assertEquals(Optional.of("US"), PLACES.countryOf("Portland, Ore."));
    }

    @Test
    void countryOf_leavesUnknownPlaceUnresolved() {
        assertTrue(PLACES.countryOf("Hauppauge").isEmpty());
        assertTrue(PLACES.countryOf("Hauppauge, N.Y.").isEmpty());
        assertTrue(PLACES.countryOf("").isEmpty());
        assertTrue(PLACES.countryOf("The").isEmpty());
        assertTrue(PLACES.countryOf(null).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"London, Ont.", "London, null", "Portland, Ore.", "Hauppauge, N.Y.",
            "The Hague, null", "St. Louis, Mo."})
    void countryOf_placeAndRegion_answersAsTheJoinedPlace(String place, String region) {
        String joined = region == null ? place : place + ", " + region;
        assertEquals(PLACES.countryOf(joined), PLACES.countryOf(place, region));
    }

    @Test
    void key_foldsDropsDotsAndLeadingThe() {
        assertEquals("st louis", DatelinePlaces.key(" St. Louis "));
        assertEquals("hague", DatelinePlaces.key("The Hague"));
        assertEquals("the", DatelinePlaces.key("The"));
    }
}
