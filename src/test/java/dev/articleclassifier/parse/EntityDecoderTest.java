package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntityDecoderTest {

    @ParameterizedTest
    @ValueSource(strings = {"AT&T and R&D", "no references", "&;", "a & b; c", "&notanentity;", "&#xZZ;"})
    void decode_returnsTheTextItself_whenNothingIsDecoded(String text) {
        // the wire parser tells by identity that the text is still clean
        assertSame(text, EntityDecoder.decode(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tom &amp; Jerry           | Tom & Jerry",
            "AT&T &quot;said&quot;     | AT&T \"said\"",
            "dash &#x2014; here         | dash \u2014 here",
            "quote &#147;hi&#148;       | quote \u201Chi\u201D",
    })
    void decode_decodesCompleteReferences(String text, String expected) {
        assertEquals(expected, EntityDecoder.decode(text));
    }
}
