package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FunctionWordCounterTest {

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
}
