package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDateParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Xinhua, December 24, 2015 Adjust font size: | 2015-12-24",
            "Dec. 24, 2015                               | 2015-12-24",
            "Sept 3 2016                                 | 2016-09-03",
            "24 December 2015                            | 2015-12-24",
            "Updated 2015-12-24 10:00                    | 2015-12-24",
    })
    void findIn_readsHumanWrittenDate(String text, String iso) {
        assertEquals(Optional.of(iso), PublishedDateParser.findIn(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Net rose in 1986     | true",
            "Dec. 24, 2015        | true",
            "Route 1900           | true",
            "1987                 | true",
            "a1987                | true",
            "ab2015               | true",
            "abc1999              | true",
            "12020                | true",
            "18 2101 1890 21 1999 | true",
            "18 2101 1890 21 199  | false",
            "Dec. 24              | false",
            "Shares rose 21.86 pct | false",
            "'197'                | false",
    })
    void hasYear_tellsWhetherAYearIsThere(String text, boolean year) {
        assertEquals(year, PublishedDateParser.hasYear(text));
        if (!year) {
            assertEquals(Optional.empty(), PublishedDateParser.findIn(text));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "20151224T083000+0800      | 2015-12-24T08:30:00+08:00",
            "20151224T083000Z          | 2015-12-24T08:30:00Z",
            "20151224T0830             | 2015-12-24T08:30:00",
            "20151224                  | 2015-12-24",
            "2015-12-24T08:30:00+08:00 | 2015-12-24T08:30:00+08:00",
            "2015-12-24T08:30:00       | 2015-12-24T08:30:00",
            "2015-12-24                | 2015-12-24",
    })
    void parseTimestamp_readsMachineWrittenDate(String value, String iso) {
        assertEquals(Optional.of(iso), PublishedDateParser.parseTimestamp(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dec. 24", "February 30, 2015", "yesterday", "20151340", ""})
    void parseTimestamp_findsNothing_whenDateIsIncompleteOrImpossible(String value) {
        assertEquals(Optional.empty(), PublishedDateParser.parseTimestamp(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SALVADOR, Feb 26 - Showers continued throughout the week in", "December 24, 215",
            "Dec. 24, 1812", "By Jane Roe, Reuters"})
    void findIn_findsNothing_withoutAYearFromThe1900sOr2000s(String text) {
        assertEquals(Optional.empty(), PublishedDateParser.findIn(text));
    }
}
