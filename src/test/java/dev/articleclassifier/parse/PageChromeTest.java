package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageChromeTest {

    @ParameterizedTest
    @ValueSource(strings = {"Share", "  PRINT  ", "Share This Article", "LIN\u212AEDIN", "You are here: Home",
            "  home > World", "News | Sport | Weather"})
    void isChromeLine_recognisesFurniture(String line) {
        assertTrue(PageChrome.isChromeLine(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Shares fell.", "Homes were flooded.", "Printing resumed on Monday.", "", "H",
            "He said > 5", "Year"})
    void isChromeLine_keepsStoryText(String line) {
        assertFalse(PageChrome.isChromeLine(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Adjust font size: Xinhua, December 24, 2015 | Xinhua, December 24, 2015",
            "Xinhua Adjust font size                    | Xinhua",
            "Font size: By Jane Roe                      | By Jane Roe",
            "By Jane Roe Text size:                      | By Jane Roe",
            "Prices rose in size and number              | Prices rose in size and number",
            "By Jane Roe                                 | By Jane Roe",
    })
    void withoutPhrases_cutsButtonCaptions(String line, String expected) {
        assertEquals(expected, PageChrome.withoutPhrases(line));
    }

    @Test
    void isTrimmedChromeLine_readsTheLineBetweenItsBounds() {
        String text = "Rain fell.\nPrint\nHome > World\nHomes were flooded.";
        assertTrue(PageChrome.isTrimmedChromeLine(text, 11, 16, false));
        assertTrue(PageChrome.isTrimmedChromeLine(text, 17, 29, false));
        assertFalse(PageChrome.isTrimmedChromeLine(text, 30, 49, false));
        assertFalse(PageChrome.isTrimmedChromeLine(text, 11, 11, false));
    }

    @Test
    void hasSeparators_isFalse_forTextWithoutTickerCharacters() {
        assertFalse(PageChrome.hasSeparators("Rain fell.\nMore rain fell."));
        assertTrue(PageChrome.hasSeparators("Rain fell.\nNews | Sport | Weather"));
    }
}
