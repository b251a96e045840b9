package dev.articleclassifier.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes a desk dropped into text. Files arrive as UTF-8 (with or without a byte-order mark), as UTF-16
 * with a mark (saved by Windows editors), or as Windows-1252 from older systems; the last is recognised by its
 * bytes not being valid UTF-8. Windows-1252 rather than Latin-1 is the fallback because wire copy uses its curly
 * quotes (0x93, 0x94) and dashes, which Latin-1 maps to invisible control characters.
 * Line ends are normalised to {@code \n}.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** The charset the bytes were written in, judged from a byte-order mark or by trying UTF-8. */
    static Charset detect(byte[] bytes) {
        if (hasPrefix(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (hasPrefix(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (hasPrefix(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return isValidUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** The text of the bytes: byte-order mark dropped, CRLF and lone CR turned into LF. */
    static String decode(byte[] bytes) {
        Charset charset = detect(bytes);
        int skip = bomLength(bytes, charset);
        String text = new String(bytes, skip, bytes.length - skip, charset);
        return normaliseLineEnds(text);
    }

    private static int bomLength(byte[] bytes, Charset charset) {
        if (charset == StandardCharsets.UTF_8 && hasPrefix(bytes, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if (charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE) {
            return 2;
        }
        return 0;
    }

    private static boolean isValidUtf8(byte[] bytes) {
        return Utf8Validator.isValid(bytes);
    }

    private static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hasPrefix(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
