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

    /** Decoded text, and whether it is {@link TextCleaner#isClean clean}, which the parser asks next. */
    record Decoded(String text, boolean clean) {
    }

    private TextDecoder() {
    }

    /**
     * As {@link #decode}, also telling whether the text is clean. Two kinds of file, most copy between them, are
     * told so while they are decoded, rather than by reading the text once more:
     * <ul>
     *   <li>Printable ASCII and line feeds byte for byte: the bytes are the text's characters, with no mark to drop
     *       and no CR to turn.</li>
     *   <li>UTF-8 with no character above U+00FF, which {@link Latin1Utf8Decoder} decodes faster than the JDK and
     *       checks on the way. A byte-order mark or UTF-16 is no such UTF-8, so those files take the general
     *       path.</li>
     * </ul>
     */
    static Decoded decodeChecked(byte[] bytes) {
        if (AsciiBytes.isPlain(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), true);
        }
        Latin1Utf8Decoder.Decoded latin1 = Latin1Utf8Decoder.decode(bytes);
        if (latin1 != null) {
            // a clean text holds no CR, so only an unclean one can have line ends to turn
            return latin1.clean() ? new Decoded(latin1.text(), true) : checked(normaliseLineEnds(latin1.text()));
        }
        return checked(decode(bytes));
    }

    private static Decoded checked(String text) {
        return new Decoded(text, TextCleaner.isClean(text));
    }

    /** The text of the bytes: byte-order mark dropped, CRLF and lone CR turned into LF. */
    static String decode(byte[] bytes) {
        String text;
        if (hasPrefix(bytes, 0xEF, 0xBB, 0xBF)) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (hasPrefix(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (hasPrefix(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            text = utf8OrWindows1252(bytes);
        }
        return normaliseLineEnds(text);
    }

    /**
     * Decodes as UTF-8 first, since nearly every file is, and the JDK's decoder is intrinsified (an ASCII file is
     * little more than a copy). The decoder puts U+FFFD in place of every malformed sequence, so a result without
     * one proves the bytes well-formed; only a result with one (a Windows-1252 file, or a real U+FFFD in the text)
     * needs {@link Utf8Validator} to tell which.
     */
    private static String utf8OrWindows1252(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0 || Utf8Validator.isValid(bytes)) {
            return text;
        }
        return new String(bytes, WINDOWS_1252);
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
