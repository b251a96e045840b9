package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void isPlain_isTrue_forPrintableAsciiAndLineFeeds() {
        assertTrue(TextCleaner.isPlain("Rain fell.\n\n    More rain fell."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\tb", "caf\u00E9", "del\u007F", "nul\u0000", "cr\r"})
    void isPlain_isFalse_forAnythingCleaningOrTheBinaryCheckMustSee(String text) {
        assertFalse(TextCleaner.isPlain(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"    Indented line\nnext", "Trailing spaces   \nnext", "one space\n\n  \nend"})
    void hasInnerSpaceRun_ignoresIndentationAndTrailingSpaces(String text) {
        assertFalse(TextCleaner.hasInnerSpaceRun(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"said.  The", "    Indented  twice", "a\nb   c\n"})
    void hasInnerSpaceRun_findsRunBetweenWords(String text) {
        assertTrue(TextCleaner.hasInnerSpaceRun(text));
    }
}
