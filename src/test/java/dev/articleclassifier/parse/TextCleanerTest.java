package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {

    @Test
    void cleanChecked_turnsTabsAndNoBreakSpacesIntoSpaces() {
        TextCleaner.Cleaned cleaned = TextCleaner.cleanChecked("a\tb\u00A0c\u200Bd");
        assertEquals("a    b cd", cleaned.text());
        assertTrue(cleaned.plainSpaces());
    }

    @Test
    void cleanChecked_reportsWhitespaceItKeeps() {
        assertFalse(TextCleaner.cleanChecked("line\u2028separator").plainSpaces());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rain fell.\n\n    More rain fell.", "Caf\u00E9 prices rose \u00A35",
            "\u201CQuoted\u201D \u2014 dash", ""})
    void isClean_isTrue_whenCleaningAndTheBinaryCheckWouldFindNothing(String text) {
        assertTrue(TextCleaner.isClean(text));
        TextCleaner.Cleaned cleaned = TextCleaner.cleanChecked(text);
        assertSame(text, cleaned.text());
        assertTrue(cleaned.plainSpaces());
        assertFalse(BinarySniffer.looksBinary(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\tb", "del\u007F", "nul\u0000", "cr\r", "no\u00A0break", "soft\u00ADhyphen",
            "c1\u0085", "lost\uFFFD", "line\u2028separator", "zero\u200Bwidth", "ideographic\u3000space"})
    void isClean_isFalse_forAnythingCleaningOrTheBinaryCheckMustSee(String text) {
        assertFalse(TextCleaner.isClean(text));
    }

    @Test
    void isClean_agreesWithCleaning_forEveryCharacter() {
        for (int code = 0; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            String text = "a" + c + "b";
            if (TextCleaner.isClean(c)) {
                TextCleaner.Cleaned cleaned = TextCleaner.cleanChecked(text);
                assertEquals(text, cleaned.text(), () -> "U+" + Integer.toHexString(text.charAt(1)));
                assertTrue(cleaned.plainSpaces(), () -> "U+" + Integer.toHexString(text.charAt(1)));
                assertFalse(BinarySniffer.looksBinary(String.valueOf(c).repeat(30)));
            }
        }
    }
}
