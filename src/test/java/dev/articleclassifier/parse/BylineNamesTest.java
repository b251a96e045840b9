package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', nullValues = "NONE", value = {
        "By John Smith; John Smith",
        "BY JANE ROE; JANE ROE",
        "Written by Rob Ewaschuk Edited by Betsy Beyer; Rob Ewaschuk",
        "By Jane Roe, Reuters; Jane Roe",
        "By Jane Roe and John Doe | Updated March 3, 2021; Jane Roe and John Doe",
        "By Nathan Willis March 25, 2015; Nathan Willis",
        "Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech; Daniel Kahn Gillmor",
        "Reporting by Tom Reed; Tom Reed",
        "Author: Li Wei; Li Wei",
        "Nicolas Perriault \u2014; Nicolas Perriault",
        "Roe, Jane; Roe, Jane",
        "By a staff writer, Kyodo; NONE",
        "Contributors to Wikimedia projects; Contributors to Wikimedia projects",
        "https://example.com/authors/jane; NONE",
        "Sign In; NONE",
        "'   '; NONE",
    })
    void of_keepsOnlyTheNames_whateverSurroundsThem(String byline, String names) {
        assertEquals(names, BylineNames.of(byline).orElse(null));
    }
}
