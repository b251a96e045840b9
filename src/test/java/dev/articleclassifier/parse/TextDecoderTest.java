package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {

    /** The general path: decode, then read the text to tell whether it is clean. */
    private static void assertSameAsGeneralPath(byte[] bytes) {
        TextDecoder.Decoded decoded = TextDecoder.decodeChecked(bytes);
        String text = TextDecoder.decode(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        assertEquals(text, decoded.text(), hex);
        assertEquals(TextCleaner.isClean(text), decoded.clean(), hex);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "4865616c696e650a0a426f64792e0a",   // plain ASCII
            "612020200a200a",                   // spaces and line feeds only
            "4865616c696e650d0a0d0a426f64790d", // CRLF and a lone CR
            "09616209",                         // tabs
            "a3350a",                           // a lone Windows-1252 pound sign
            "c2a3350a",                         // a UTF-8 pound sign
            "c2a335090d0a",                     // a pound sign, a tab and CRLF
            "c2a0c2ad c285",                    // no-break space, soft hyphen, a C1 control
            "e2809c6869e2809d",                 // UTF-8 curly quotes
            "efbbbf4865616c696e65",             // UTF-8 with a byte-order mark
            "fffe480069000a00",                 // UTF-16LE with a mark
            "feff00480069000a",                 // UTF-16BE with a mark
            "93686994",                         // Windows-1252 curly quotes
            "efbfbd",                           // a real U+FFFD
            "00010203",                         // control characters
    })
    void decodeChecked_givesWhatTheGeneralPathGives(String hex) {
        assertSameAsGeneralPath(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    @Test
    void decodeChecked_givesWhatTheGeneralPathGives_forRandomMixesOfAsciiLatin1AndOtherBytes() {
        Random random = new Random(7);
        String[] pieces = {"a", "Z", " ", "  ", "\n", "\r", "\r\n", "\t", "\u00A3", "\u00E9", "\u00A0", "\u00AD",
                "\u0085", "\u201C", "\u20AC", "\uFFFD", "\u0000", "\u007F"};
        for (int i = 0; i < 20_000; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int count = random.nextInt(30);
            for (int k = 0; k < count; k++) {
                out.writeBytes(pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
                if (random.nextInt(20) == 0) {
                    // now and then a byte that is no UTF-8 at all, as in Windows-1252 copy
                    out.write(0x80 + random.nextInt(0x80));
                }
            }
            assertSameAsGeneralPath(out.toByteArray());
        }
    }
}
