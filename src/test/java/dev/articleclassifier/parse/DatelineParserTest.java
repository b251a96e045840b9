package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "MOSCOW, Dec. 24 (Xinhua) -- Ferries ran.     | Moscow         | 12 | 24 | Xinhua  | Ferries ran.",
            "LONDON, March 4 (Reuters) - Shares fell.     | London         | 3  | 4  | Reuters | Shares fell.",
            "ALGIERS, March 4 - Rain fell.                | Algiers        | 3  | 4  | null    | Rain fell.",
            "WASHINGTON (AP) \u2014 Congress met.         | Washington     | 0  | 0  | AP      | Congress met.",
            "PARIS (AFP) - Trains stopped.                | Paris          | 0  | 0  | AFP     | Trains stopped.",
            "SALVADOR, Feb 26 - Showers continued.        | Salvador       | 2  | 26 | null    | Showers continued.",
            "RIO DE JANEIRO, Sept. 3 (Reuters) - Rain.    | Rio de Janeiro | 9  | 3  | Reuters | Rain.",
            "SAN FRANCISCO, Calif. (AP) \u2014 Fog.       | San Francisco  | 0  | 0  | AP      | Fog.",
            "Moscow, Dec. 24 (Xinhua) -- Ferries ran.     | Moscow         | 12 | 24 | Xinhua  | Ferries ran.",
            "BEIJING, Jan. 5 (Xinhua) -- Snow fell.       | Beijing        | 1  | 5  | Xinhua  | Snow fell.",
            "SEOUL, 12 June (Yonhap) -- Exports rose.     | Seoul          | 6  | 12 | Yonhap  | Exports rose.",
            "NEW DELHI (PTI) - Rates held.                | New Delhi      | 0  | 0  | PTI     | Rates held.",
            "GUINEA-BISSAU - Votes counted.               | Guinea-Bissau  | 0  | 0  | null    | Votes counted.",
    })
    void parse_readsDateline(String paragraph, String place, int month, int day, String agency, String rest) {
        DatelineParser.Match match = DatelineParser.parse(paragraph).orElseThrow();
        assertEquals(place, match.place());
        assertEquals(month, match.month());
        assertEquals(day, match.day());
        assertEquals(agency, match.agency());
        assertEquals(rest, paragraph.substring(match.bodyStart()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "PORTLAND, Ore., Feb 26 - Sales rose.   | Portland, Ore. | 2 | 26",
            "RICHMOND, Va. Feb 26 - Sales rose.     | Richmond, Va.  | 2 | 26",
            "LONDON, Ont., March 2 - Sales rose.    | London, Ont.   | 3 | 2",
            "NEW YORK, MARCH 3 - Sales rose.        | New York       | 3 | 3",
            "TOKYO, FEb 26 - Sales rose.            | Tokyo          | 2 | 26",
    })
    void parse_keepsRegionForLookup_andReadsMonthInAnyCase(String paragraph, String lookup, int month, int day) {
        // Problem: "PORTLAND, Ore." was looked up as "Portland" alone and "MARCH 3" was no date.
        // Fix: the region goes to the place lookup; month names match in any case.
        DatelineParser.Match match = DatelineParser.parse(paragraph).orElseThrow();
        StringBuilder askedFor = new StringBuilder();
        PlaceResolver resolver = place -> {
            askedFor.append(place);
            return Optional.empty();
        };
        resolver.countryOf(match.place(), match.region());
        assertEquals(lookup, askedFor.toString());
        assertEquals(month, match.month());
        assertEquals(day, match.day());
        assertEquals("Sales rose.", paragraph.substring(match.bodyStart()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Russia has provided France with proof of the claims, the ministry said.",
            "Officials said the plan - which passed - would help.",
            "The talks - held in Geneva - ended.",
            "In 2015 - a dry year - prices rose.",
            "",
    })
    void parse_findsNoDateline_inOrdinarySentence(String paragraph) {
        assertTrue(DatelineParser.parse(paragraph).isEmpty(), paragraph);
    }

    @ParameterizedTest
    @CsvSource({"MOSCOW, Moscow", "RIO DE JANEIRO, Rio de Janeiro", "N'DJAMENA, N'Djamena", "St. Louis, St. Louis"})
    void titleCase_printsPlaceAsAPersonWould(String printed, String expected) {
        assertEquals(expected, DatelineParser.titleCase(printed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MOSCOW", "RIO DE JANEIRO", "N'DJAMENA", "ST.-DENIS", "GUINEA-BISSAU", "ST. LOUIS",
            "DE KALB", "PORT OF SPAIN", "NEW  YORK", " LEADING", "TRAILING  ", "O'NEILL'S", "A", "X-RAY.CITY", "UPON",
            "BANDAR SERI BEGAWAN", "12 MILE", "LA PAZ", "SAN JOSE DEL MONTE"})
    void titleCase_ofAsciiPlace_isWhatTheGeneralPathGives(String place) {
        assertEquals(DatelineParser.titleCaseWords(place), DatelineParser.titleCase(place));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = "LONDON, March 4, 2015 (Reuters) - Shares fell. | 2015")
    void parse_readsYear_whenDatelineCarriesOne(String paragraph, int year) {
        assertEquals(Optional.of(year), DatelineParser.parse(paragraph).map(DatelineParser.Match::year));
    }

    @Test
    void parse_takesShorterDay_whenOnlyThatLeavesRoomForTheYear() {
        DatelineParser.Match match = DatelineParser.parse("LONDON, Feb 12015 - Shares fell.").orElseThrow();
        assertEquals(1, match.day());
        assertEquals(2015, match.year());
        assertEquals("Shares fell.", "LONDON, Feb 12015 - Shares fell.".substring(match.bodyStart()));
    }

    @Test
    void parse_endsPlaceWordAtHyphen_whenTheHyphenIsTheOnlyDash() {
        // The place may stop inside a word where a hyphen follows, which then reads as the dateline's dash.
        DatelineParser.Match match = DatelineParser.parse("US-German carmaker DaimlerChrysler said").orElseThrow();
        assertEquals("Us", match.place());
        assertEquals(3, match.bodyStart());
    }

    @Test
    void parse_findsNoDateline_whenAgencyIsLongerThanAnyAgencyName() {
        assertTrue(DatelineParser.parse("ROME (" + "A".repeat(41) + ") - Rain.").isEmpty());
    }
}
