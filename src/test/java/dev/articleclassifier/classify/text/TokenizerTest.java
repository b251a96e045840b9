package dev.articleclassifier.classify.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> tokens(TokenizedText text) {
        List<String> out = new ArrayList<>();
        for (int t = 0; t < text.size(); t++) {
            out.add(text.token(t));
        }
        return out;
    }

    @Test
    void tokenize_cutsAtEveryCharacterThatIsNoLetterOrDigit() {
        assertEquals(List.of("U", "S", "troops", "in", "Turkey", "s", "south", "3", "5", "pct"),
                tokens(Tokenizer.tokenize("U.S. troops in Turkey's south (3.5 pct)")));
        assertEquals(List.of("Côte", "d", "Ivoire", "Москва"), tokens(Tokenizer.tokenize("Côte d'Ivoire — Москва")));
    }

    @Test
    void tokenize_marksCaseShapes() {
        TokenizedText text = Tokenizer.tokenize("The IS fighters left iPhone plants");
        assertTrue(text.has(1, TokenizedText.CAPITALIZED));
        assertTrue(text.has(1, TokenizedText.ALL_UPPER));
        assertFalse(text.has(2, TokenizedText.HAS_UPPER));
        assertTrue(text.has(4, TokenizedText.HAS_UPPER));
        assertFalse(text.has(4, TokenizedText.CAPITALIZED));
        assertFalse(text.has(4, TokenizedText.ALL_UPPER));
    }

    @Test
    void tokenize_marksSentenceStarts_butNotAfterAbbreviationDots() {
        TokenizedText text = Tokenizer.tokenize("Talks ended. Turkey said the U.S. Navy left");
        assertTrue(text.has(0, TokenizedText.SENTENCE_START));
        assertFalse(text.has(1, TokenizedText.SENTENCE_START));
        assertTrue(text.has(2, TokenizedText.SENTENCE_START));
        // "U.S." : the dot inside is followed by a letter; the last one is followed by a space and ends a sentence
        assertFalse(text.has(5, TokenizedText.SENTENCE_START));
    }

    @Test
    void tokenize_marksOnlyTheLinesWithoutLowerCase_asShouted() {
        TokenizedText text = Tokenizer.tokenize("BAHIA COCOA REVIEW\nCocoa prices rose");
        assertTrue(text.has(0, TokenizedText.SHOUTING_LINE));
        assertTrue(text.has(2, TokenizedText.SHOUTING_LINE));
        assertFalse(text.has(3, TokenizedText.SHOUTING_LINE));
    }

    /** Every token of a text is given the same folded id as the term it spells, whichever lookup path it takes. */
    @ParameterizedTest(name = "{1} is the word {0}")
    @CsvSource({
            "bomb, Bombs",
            "city, CITIES",
            "crash, crashes",
            "cote, Côte",
            "government, governments",
            "administration, Administrations",
            "ministry, ministries",
            "1990, 1990",
            "g20, G20",
    })
    void tokenize_givesATokenTheIdOfTheTermItSpells(String term, String token) {
        Vocabulary vocabulary = new Vocabulary();
        vocabulary.foldedId("unrelated");
        int id = vocabulary.foldedId(term);
        TokenizedText text = Tokenizer.tokenize("said " + token + " today", vocabulary);
        assertEquals(id, text.foldId[1]);
        assertEquals(-1, text.foldId[0]);
    }

    @Test
    void tokenize_givesExactIds_onlyToTokensWrittenExactlyAsTheTerm() {
        Vocabulary vocabulary = new Vocabulary();
        int is = vocabulary.exactId("IS");
        TokenizedText text = Tokenizer.tokenize("This is what IS said", vocabulary);
        assertEquals(-1, text.exactId[1]);
        assertEquals(is, text.exactId[3]);
        assertNotEquals(is, text.exactId[0]);
    }

    @Test
    void tokenize_givesExactIds_toLongAndAccentedTermsToo() {
        Vocabulary vocabulary = new Vocabulary();
        int long_ = vocabulary.exactId("ThyssenKrupp");
        int accented = vocabulary.exactId("ÉLYSÉE");
        TokenizedText text = Tokenizer.tokenize("ThyssenKrupp and the ÉLYSÉE, not Thyssenkrupp or Élysée", vocabulary);
        assertEquals(long_, text.exactId[0]);
        assertEquals(accented, text.exactId[3]);
        assertEquals(-1, text.exactId[5]);
        assertEquals(-1, text.exactId[7]);
    }

    @Test
    void tokenize_marksTokensWithDigits() {
        TokenizedText text = Tokenizer.tokenize("G20 leaders met in 1990");
        assertTrue(text.has(0, TokenizedText.HAS_DIGIT));
        assertFalse(text.has(1, TokenizedText.HAS_DIGIT));
        assertTrue(text.has(4, TokenizedText.HAS_DIGIT));
    }

    @Test
    void asciiWords_isFalse_whenAWordHasAnotherLetter_orACharacterOutsideTheBasicPlane() {
        assertTrue(Tokenizer.tokenize("Talks \u2014 \u201cfinal\u201d, said the U.S.").asciiWords());
        assertFalse(Tokenizer.tokenize("Talks in C\u00f4te d'Ivoire").asciiWords());
        assertFalse(Tokenizer.tokenize("Talks \ud835\udc00 ended").asciiWords());
    }

    @Test
    void tokenize_givesEveryTokenSpellingAMarkedWord_itsMarks_inAnyCase() {
        Object owner = new Object();
        Vocabulary vocabulary = new Vocabulary();
        vocabulary.mark(owner, "dans", 1);
        vocabulary.mark(owner, "de", 2);
        vocabulary.mark(owner, "de", 4);
        TokenizedText text = Tokenizer.tokenize("DANS la ville de Dan, Dans", vocabulary);
        assertTrue(text.markedBy(owner));
        assertFalse(text.markedBy(new Object()));
        assertEquals(List.of(1, 0, 0, 6, 0, 1), List.of(text.marks(0), text.marks(1), text.marks(2), text.marks(3),
                text.marks(4), text.marks(5)));
        assertFalse(Tokenizer.tokenize("dans", new Vocabulary()).markedBy(owner));
    }

    @Test
    void mark_refusesWordsThatAreNotShortAscii_andASecondOwner() {
        Vocabulary vocabulary = new Vocabulary();
        Object owner = new Object();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> vocabulary.mark(owner, "été", 1));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> vocabulary.mark(owner, "administrations", 1));
        vocabulary.mark(owner, "de", 1);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> vocabulary.mark(new Object(), "le", 1));
    }

    @Test
    void tokenize_intoAReusedBuffer_givesWhatAFreshTokenizationGives() {
        Vocabulary vocabulary = new Vocabulary();
        int turkey = vocabulary.foldedId("Turkey");
        String longer = "ANKARA, March 4 - Turkey said on Tuesday that talks in Côte d'Ivoire ended. ".repeat(40);
        TokenizedText reused = Tokenizer.tokenize(longer.toCharArray(), longer.length(), vocabulary, null);
        // a shorter text in a larger char buffer: only its first characters count
        char[] buffer = java.util.Arrays.copyOf("TALKS END\nTurkey left".toCharArray(), 500);
        TokenizedText again = Tokenizer.tokenize(buffer, "TALKS END\nTurkey left".length(), vocabulary, reused);
        TokenizedText fresh = Tokenizer.tokenize("TALKS END\nTurkey left", vocabulary);
        assertEquals(tokens(fresh), tokens(again));
        for (int t = 0; t < fresh.size(); t++) {
            assertEquals(fresh.flags[t], again.flags[t], "flags of " + fresh.token(t));
            assertEquals(fresh.foldId[t], again.foldId[t], "id of " + fresh.token(t));
        }
        assertEquals(turkey, again.foldId[2]);
        assertEquals(fresh.asciiWords(), again.asciiWords());
    }
}
