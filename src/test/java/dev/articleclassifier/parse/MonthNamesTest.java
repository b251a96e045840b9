package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MonthNamesTest {

    @ParameterizedTest
    @CsvSource({"Dec., 12", "SEPT, 9", "march, 3", "' May ', 5", "Decembers, 0", "Mars, 0", "'.', 0", "'', 0"})
    void number_readsEnglishMonthNames(String word, int month) {
        assertEquals(month, MonthNames.number(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dec", "Dec.", "FEB", " June ", "Sept.", "septembre", "mars", "K\u212Ay", "", "."})
    void number_ofWordInText_isWhatItIsOfTheWordAlone(String word) {
        String text = "LONDON, " + word + " 4 - Rain fell.";
        int start = "LONDON, ".length();
        assertEquals(MonthNames.number(word), MonthNames.number(text, start, start + word.length()), word);
    }
}
