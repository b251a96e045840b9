package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Xinhua, December 24, 2015              | Xinhua",
            "By Jane Roe, Reuters                    | Reuters",
            "Reuter                                  | Reuters",
            "The Associated Press                    | AP",
            "(AP)                                    | AP",
            "Agence France-Presse                    | AFP",
            "Agence France Presse                    | AFP",
            "United Press International              | UPI",
            "Deutsche Presse-Agentur                 | dpa",
            "dpa                                     | dpa",
            "Kyodo News                              | Kyodo",
            "Yonhap News Agency                      | Yonhap",
            "Itar-Tass                               | TASS",
            "RIA Novosti                             | RIA Novosti",
            "Interfax                                | Interfax",
            "ANSA                                    | ANSA",
            "EFE                                     | EFE",
            "Bernama                                 | Bernama",
            "Press Trust of India                    | PTI",
            "IANS                                    | IANS",
            "Anadolu Agency                          | Anadolu",
            "Al-Jazeera                              | Al Jazeera",
            "Al Jazeera                              | Al Jazeera",
            "BBC News                                | BBC",
            "CNN                                     | CNN",
            "Bloomberg News                          | Bloomberg",
    })
    void findIn_returnsCanonicalName(String text, String canonical) {
        assertEquals(Optional.of(canonical), AgencyNames.findIn(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"the ap of a bee", "efe", "Staff writer", "Sign in to read", ""})
    void findIn_findsNothing_whenTextNamesNoAgency(String text) {
        assertEquals(Optional.empty(), AgencyNames.findIn(text));
    }

    @ParameterizedTest
    @CsvSource({"AFP, AFP", "Reuters, Reuters", "  Xinhua News Agency , Xinhua"})
    void canonical_matchesWholeName(String text, String canonical) {
        assertEquals(Optional.of(canonical), AgencyNames.canonical(text));
    }
}
