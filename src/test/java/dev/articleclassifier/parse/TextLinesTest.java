package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextLinesTest {

    private final TextLines lines = TextLines.of("HEADLINE  \n\n    Indented line\t\nlast");

    @Test
    void of_splitsAtLineFeeds_keepingIndentationAndDroppingTrailingWhitespace() {
        assertEquals(4, lines.size());
        assertEquals("HEADLINE", lines.text().substring(lines.start(0), lines.end(0)));
        assertEquals("    Indented line", lines.text().substring(lines.start(2), lines.end(2)));
        assertEquals("last", lines.stripped(3));
    }

    @Test
    void contentStart_skipsIndentation_andMarksBlankLines() {
        assertEquals(lines.start(2) + 4, lines.contentStart(2));
        assertEquals("Indented line", lines.stripped(2));
        assertTrue(lines.isBlank(1));
        assertFalse(lines.isBlank(0));
    }

    @Test
    void of_keepsOneEmptyLine_forEmptyText() {
        TextLines empty = TextLines.of("");
        assertEquals(1, empty.size());
        assertTrue(empty.isBlank(0));
    }
}
