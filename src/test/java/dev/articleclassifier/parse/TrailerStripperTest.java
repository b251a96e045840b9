package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void strip_reportsReuters_whenTrailerIsReuter() {
        assertEquals("Reuters", TrailerStripper.strip(new ArrayList<>(List.of("Rain fell.", "Reuter"))));
    }
}
