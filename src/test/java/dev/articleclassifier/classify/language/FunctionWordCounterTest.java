package dev.articleclassifier.classify.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.classify.text.Tokenizer;
import dev.articleclassifier.classify.text.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionWordCounterTest {

    private static final Vocabulary MARKED = new Vocabulary();

    static {
        LanguageGuesser.markFunctionWords(MARKED);
    }

    private static FunctionWordCounter counter() {
        return new FunctionWordCounter(400, 2000, 0.08);
    }

    @Test
    void read_stopsCountingWords_whenLeaderIsOutOfReach() {
        FunctionWordCounter counter = counter();
        counter.read("the ".repeat(300));
        assertTrue(counter.words < 300, "read " + counter.words + " words");
        assertEquals(counter.words, counter.hits(0));
    }

    @Test
    void read_countsOn_whileAnotherLanguageCouldStillLead() {
        FunctionWordCounter counter = counter();
        counter.read("the de ".repeat(150));
        assertEquals(300, counter.words);
        assertTrue(counter.needsMore());
    }

    @Test
    void needsMore_isFalse_onceHalfTheLetterWindowIsAscii() {
        FunctionWordCounter counter = counter();
        counter.read("the ".repeat(400));
        assertFalse(counter.needsMore());
        assertFalse(counter.nonAsciiLetter);
    }

    @Test
    void read_notesNonAsciiLetter_afterWordsAreDecided() {
        // Problem: words stop early, but a Cyrillic majority later in the window still decides the language.
        FunctionWordCounter counter = counter();
        counter.read("the ".repeat(200));
        counter.read("Москва");
        assertTrue(counter.nonAsciiLetter);
    }

    /** Words are runs of letters: from tokens, digits cut a token into words as reading the text does. */
    @ParameterizedTest
    @ValueSource(strings = {
            "G20 leaders met in 2019 and the 1990s saw 5e de la 3rd",
            "il 2e governo e la 4a legge per che non",
            "THE 400 words OF the TEXT 12abc34de56",
            "a1b2c3d4e5 the of and to in is that for on with as was by at from it are be this has have had",
    })
    void readTokens_countsWhatReadingTheTextCounts(String text) {
        String long_ = (text + " ").repeat(30);
        for (String sample : new String[]{text, long_}) {
            FunctionWordCounter fromText = counter();
            fromText.read(sample);
            FunctionWordCounter fromTokens = counter();
            fromTokens.readTokens(Tokenizer.tokenize(sample, MARKED));
            assertEquals(fromText.words, fromTokens.words, sample);
            for (int l = 0; l < StopWords.languageCount(); l++) {
                assertEquals(fromText.hits(l), fromTokens.hits(l), sample + " language " + l);
            }
        }
    }

    @Test
    void readTokens_countsWordsButNotLetters_whichOnlyTheScriptCheckOfNonAsciiTextReads() {
        FunctionWordCounter counter = counter();
        counter.readTokens(Tokenizer.tokenize("The G20 met in the city", MARKED));
        assertEquals(6, counter.words);
        assertEquals(0, counter.letters);
        assertFalse(counter.nonAsciiLetter);
    }
}
