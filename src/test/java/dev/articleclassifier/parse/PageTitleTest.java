package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTitleTest {

    @ParameterizedTest(name = "{0} [site {1}, h1 {2}] -> {3}")
    @CsvSource(delimiter = ';', nullValues = "NONE", value = {
        "Dam opens in Brazil | The Daily Courier; The Daily Courier; NONE; Dam opens in Brazil",
        "Dam opens in Brazil | World News | The Daily Courier; The Daily Courier; NONE; Dam opens in Brazil | World News",
        "Dam opens in Brazil | World News | Courier; NONE; Dam opens in Brazil; Dam opens in Brazil",
        "The Daily Courier - Dam opens in Brazil; The Daily Courier; NONE; Dam opens in Brazil",
        "New Zealand - Wikipedia; NONE; New Zealand; New Zealand",
        "Markets rally - and then fall; NONE; NONE; Markets rally - and then fall",
    })
    void withoutSite_cutsTheSiteName_whenItIsNamedOrTheH1ShowsTheBareTitle(String title, String site, String h1,
                                                                          String expected) {
        List<String> headings = h1 == null ? List.of() : List.of(h1);
        assertEquals(expected, PageTitle.withoutSite(title, headings, site));
    }

    @Test
    void choose_cutsAShortLastPart_whenOnlyTheBrowserTitleIsThereAndNoSiteIsKnown() {
        assertEquals("Lorem ipsum dolor sit amet",
                PageTitle.choose(Arrays.asList(null, ""), "Lorem ipsum dolor sit amet \u2013 My website", List.of(),
                        null));
    }

    @Test
    void choose_prefersTheDeclaredTitle_overTheBrowserTitle() {
        assertEquals("Glacier retreat speeds up",
                PageTitle.choose(List.of("Glacier retreat speeds up"), "Home | Northern Daily", List.of(), null));
    }
}
