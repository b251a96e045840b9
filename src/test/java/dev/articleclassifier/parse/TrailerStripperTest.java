package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrailerStripperTest {

    @ParameterizedTest
    @ValueSource(strings = {"Reuter", "(END)", "End", "###", "# # #", "-0-", "Editor: Some Name"})
    void strip_dropsTrailerParagraph(String trailer) {
        List<String> paragraphs = new ArrayList<>(List.of("Rain fell.", trailer));
        TrailerStripper.strip(paragraphs);
        assertEquals(List.of("Rain fell."), paragraphs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rain fell. End", "Rain fell. Endi", "Rain fell. (END)", "Rain fell.\" End"})
    void strip_dropsTrailerGluedToLastSentence(String paragraph) {
        List<String> paragraphs = new ArrayList<>(List.of(paragraph));
        TrailerStripper.strip(paragraphs);
        assertEquals(paragraph.startsWith("Rain fell.\"") ? "Rain fell.\"" : "Rain fell.", paragraphs.get(0));
    }

    @Test
    void strip_keepsWordEnd_whenItIsPartOfTheSentence() {
        List<String> paragraphs = new ArrayList<>(List.of("The war is coming to an End"));
        TrailerStripper.strip(paragraphs);
        assertEquals(List.of("The war is coming to an End"), paragraphs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Reuter", "REUTERS", "(end)", "(End Item)", "###", "Editor: Some Name", "Editor : Name",
            "Editor", "Ends here", "The End of the affair", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\u212Ann",
            "(\u0130tem)", "-30-", "  end  ", "E", "  Editor: Name  "})
    void isTrailer_ofTrimmedLineInText_isWhatItIsOfTheLineAlone(String line) {
        String text = "Rain fell.\n" + line + "\nMore rain.";
        String trimmed = line.strip();
        int start = text.indexOf(trimmed);
        assertEquals(TrailerStripper.isTrailer(line), TrailerStripper.isTrailer(text, start, start + trimmed.length()),
                line);
    }

    @Test
    void isTrailer_ofEmptyLineInText_isFalse() {
        assertFalse(TrailerStripper.isTrailer("Rain fell.\n\nMore rain.", 11, 11));
    }

    @Test
    void strip_keepsParagraph_whoseLastWordIsLongerThanAnyGluedMarker() {
        List<String> paragraphs = new ArrayList<>(List.of("Rain fell. Reuters-style"));
        TrailerStripper.strip(paragraphs);
        assertEquals(List.of("Rain fell. Reuters-style"), paragraphs);
    }

    @Test
    void strip_reportsReuters_whenTrailerIsReuter() {
        assertEquals("Reuters", TrailerStripper.strip(new ArrayList<>(List.of("Rain fell.", "Reuter"))));
    }
}
