package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Latin1Utf8DecoderTest {

    @Test
    void decode_readsTextAsTheJdkDoes_andTellsWhetherItIsClean_forEveryLatin1Character() {
        for (char c = 0; c <= 0xFF; c++) {
            String text = "Prices rose " + c + " in London\nand " + c + c + " fell";
            Latin1Utf8Decoder.Decoded decoded = Latin1Utf8Decoder.decode(text.getBytes(StandardCharsets.UTF_8));
            assertEquals(text, decoded.text(), "U+" + Integer.toHexString(c));
            assertEquals(TextCleaner.isClean(text), decoded.clean(), "U+" + Integer.toHexString(c));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "\u00A3", "x\u00E9", "\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9",
            "tab\there \u00A35", "crlf\r\n\u00FF"})
    void decode_readsTextAsTheJdkDoes_atAnyLength(String text) {
        Latin1Utf8Decoder.Decoded decoded = Latin1Utf8Decoder.decode(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, decoded.text());
        assertEquals(TextCleaner.isClean(text), decoded.clean());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "e282ac",           // the euro sign, above U+00FF
            "e2809c68699d",     // a curly quote, above U+00FF
            "61c3",             // a lead byte at the end
            "61c361",           // a lead byte without its continuation
            "c0af",             // an overlong slash
            "93686994",         // Windows-1252 curly quotes
            "efbbbf61",         // a byte-order mark
    })
    void decode_leavesOtherBytesToTheJdk(String hex) {
        assertNull(Latin1Utf8Decoder.decode(HexFormat.of().parseHex(hex)));
    }
}
