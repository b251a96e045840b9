package dev.articleclassifier.parse;

import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 whose characters all lie below U+0100, as English copy with the odd "£" or "é" does. The JDK
 * decodes such text one byte at a time once it meets the first non-ASCII byte, several times slower than ASCII;
 * here the ASCII runs between the rare two-byte sequences are copied whole. Such bytes are well-formed UTF-8, so
 * the text equals {@code new String(bytes, UTF_8)}; bytes with any other sequence, well-formed or not, are left to
 * the JDK's decoder.
 *
 * <p>While it reads the runs anyway, the decoder also tells whether the text is {@link TextCleaner#isClean clean},
 * which would otherwise take another pass over the text.
 */
final class Latin1Utf8Decoder {

    /** The decoded text, and whether it is {@link TextCleaner#isClean clean}. */
    record Decoded(String text, boolean clean) {
    }

    private Latin1Utf8Decoder() {
    }

    /**
     * The text of {@code bytes} when every non-ASCII character in it is a two-byte sequence for U+0080–U+00FF
     * (lead byte 0xC2 or 0xC3); otherwise {@code null}.
     */
    static Decoded decode(byte[] bytes) {
        byte[] latin1 = new byte[bytes.length];
        int length = 0;
        boolean clean = true;
        int i = 0;
        while (true) {
            // while the text is clean, stop at anything but printable ASCII, which is what can make it unclean
            int next = clean ? AsciiBytes.firstNonPlain(bytes, i) : AsciiBytes.firstNonAscii(bytes, i);
            System.arraycopy(bytes, i, latin1, length, next - i);
            length += next - i;
            if (next == bytes.length) {
                return new Decoded(new String(latin1, 0, length, StandardCharsets.ISO_8859_1), clean);
            }
            byte lead = bytes[next];
            if (lead >= 0) {
                // an ASCII control character (tab, carriage return, ...) or DEL
                clean = false;
                latin1[length++] = lead;
                i = next + 1;
                continue;
            }
            if ((lead != (byte) 0xC2 && lead != (byte) 0xC3) || next + 1 == bytes.length
                    || (bytes[next + 1] & 0xC0) != 0x80) {
                return null;
            }
            char c = (char) (((lead & 0x1F) << 6) | (bytes[next + 1] & 0x3F));
            clean = clean && TextCleaner.isClean(c);
            latin1[length++] = (byte) c;
            i = next + 2;
        }
    }
}
