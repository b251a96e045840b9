package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void is_answersAsCharacterIsWhitespace_forEveryCharacter() {
        for (int code = 0; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            assertEquals(Character.isWhitespace(c), Whitespace.is(c), "U+" + Integer.toHexString(code));
        }
    }
}
