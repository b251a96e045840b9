package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AsciiBytesTest {

    /** The rule the word-wide test must agree with, one byte at a time. */
    private static boolean plainByte(int b) {
        return (b >= 0x20 && b < 0x7F) || b == '\n';
    }

    @Test
    void isPlainWord_agreesWithTheRuleForEachByte_forEveryValueInEveryLane() {
        for (int lane = 0; lane < Long.BYTES; lane++) {
            for (int value = 0; value < 256; value++) {
                // the other lanes hold a letter, so the word is plain exactly when this byte is
                long word = 0x6161616161616161L & ~(0xFFL << (8 * lane)) | ((long) value << (8 * lane));
                assertEquals(plainByte(value), AsciiBytes.isPlainWord(word), "lane " + lane + ", byte " + value);
            }
        }
    }

    @Test
    void isPlainWord_agreesWithTheRuleForEachByte_forRandomWords() {
        Random random = new Random(42);
        byte[] alphabet = {'a', ' ', '\n', '\r', '\t', 0x00, 0x1F, 0x20, 0x7E, 0x7F, (byte) 0x80, (byte) 0xC3,
                (byte) 0xFF, 0x0A, 0x0B};
        for (int i = 0; i < 100_000; i++) {
            long word = 0;
            boolean plain = true;
            for (int lane = 0; lane < Long.BYTES; lane++) {
                int b = alphabet[random.nextInt(alphabet.length)] & 0xFF;
                plain &= plainByte(b);
                word |= (long) b << (8 * lane);
            }
            assertEquals(plain, AsciiBytes.isPlainWord(word), Long.toHexString(word));
        }
    }

    @Test
    void firstNonPlainAndFirstNonAscii_findTheFirstSuchByte_atEveryPositionAndLength() {
        for (int length = 0; length <= 40; length++) {
            byte[] plain = "x".repeat(length).getBytes(StandardCharsets.US_ASCII);
            assertTrue(AsciiBytes.isPlain(plain));
            assertEquals(length, AsciiBytes.firstNonPlain(plain, 0));
            assertEquals(length, AsciiBytes.firstNonAscii(plain, 0));
            for (int at = 0; at < length; at++) {
                byte[] withTab = plain.clone();
                withTab[at] = '\t';
                assertFalse(AsciiBytes.isPlain(withTab));
                assertEquals(at, AsciiBytes.firstNonPlain(withTab, 0));
                assertEquals(length, AsciiBytes.firstNonAscii(withTab, 0));
                byte[] withHighByte = plain.clone();
                withHighByte[at] = (byte) 0xC3;
                assertEquals(at, AsciiBytes.firstNonPlain(withHighByte, 0));
                assertEquals(at, AsciiBytes.firstNonAscii(withHighByte, 0));
                // searching from past the byte finds nothing
                assertEquals(length, AsciiBytes.firstNonAscii(withHighByte, at + 1));
                assertEquals(length, AsciiBytes.firstNonPlain(withTab, at + 1));
            }
        }
    }
}
