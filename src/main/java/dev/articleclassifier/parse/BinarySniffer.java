package dev.articleclassifier.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recognises files that are not text at all: PDFs, images, office documents and archives dropped into the bucket
 * by mistake. Known formats are named by their magic numbers so the rejection tells a person what they uploaded;
 * anything else with a high share of control characters is rejected as unknown binary data.
 */
final class BinarySniffer {

    private record Magic(int offset, byte[] bytes, String description) {
    }

    private static final List<Magic> MAGICS = List.of(
            magic(0, "%PDF", "PDF document"),
            magic(0, new byte[]{(byte) 0x89, 'P', 'N', 'G'}, "PNG image"),
            magic(0, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "JPEG image"),
            magic(0, "GIF87a", "GIF image"),
            magic(0, "GIF89a", "GIF image"),
            magic(0, "II*\0", "TIFF image"),
            magic(0, "MM\0*", "TIFF image"),
            magic(0, new byte[]{'P', 'K', 3, 4}, "ZIP archive or Office document"),
            magic(0, new byte[]{'P', 'K', 5, 6}, "ZIP archive or Office document"),
            magic(0, new byte[]{(byte) 0x1F, (byte) 0x8B}, "gzip archive"),
            magic(0, "BZh", "bzip2 archive"),
            magic(0, new byte[]{(byte) 0xFD, '7', 'z', 'X', 'Z', 0}, "xz archive"),
            magic(0, new byte[]{'7', 'z', (byte) 0xBC, (byte) 0xAF}, "7-Zip archive"),
            magic(0, "Rar!", "RAR archive"),
            magic(257, "ustar", "tar archive"),
            magic(0, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "legacy Office document"),
            magic(0, "{\\rtf", "RTF document"),
            magic(0, new byte[]{0x7F, 'E', 'L', 'F'}, "ELF executable"),
            magic(4, "ftyp", "MP4 or QuickTime video"),
            magic(0, "ID3\u0003", "MP3 audio"),
            magic(0, "ID3\u0004", "MP3 audio"),
            magic(0, "OggS", "Ogg media"),
            magic(0, "RIFF", "RIFF media: WAV, AVI or WebP"),
            magic(0, new byte[]{0x00, 0x61, 0x73, 0x6D}, "WebAssembly module"),
            magic(0, new byte[]{(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, "Java class file"),
            magic(0, "SQLite format 3", "SQLite database"));

    /**
     * For each value of a file's first byte, the magic numbers that can match, in {@link #MAGICS} order: those at
     * offset 0 that open with that byte, and those further in. A text file's first byte opens few or none. Arrays,
     * since every upload is looked up here and a list would be walked with an iterator.
     */
    private static final Magic[][] MAGICS_BY_FIRST_BYTE = byFirstByte();

    /** Share of control characters above which text is taken for binary data. */
    private static final double MAX_CONTROL_RATIO = 0.05;
    private static final int SAMPLE_CHARS = 8192;

    private BinarySniffer() {
    }

    /** What kind of binary file the bytes are, judged from their first bytes, or empty when they may be text. */
    static Optional<String> knownFormat(byte[] bytes) {
        if (bytes.length == 0) {
            return Optional.empty();
        }
        for (Magic magic : MAGICS_BY_FIRST_BYTE[bytes[0] & 0xFF]) {
            if (matches(bytes, magic)) {
                return Optional.of(magic.description());
            }
        }
        return Optional.empty();
    }

    /** Whether decoded text holds so many control characters (or undecodable bytes) that it cannot be prose. */
    static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), SAMPLE_CHARS);
        if (sample == 0) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t' && c != '\f' && c != '\r') || c == 0x7F || c == '\uFFFD') {
                control++;
            }
        }
        return control > sample * MAX_CONTROL_RATIO;
    }

    private static boolean matches(byte[] bytes, Magic magic) {
        byte[] expected = magic.bytes();
        if (bytes.length < magic.offset() + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[magic.offset() + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static Magic[][] byFirstByte() {
        Magic[][] out = new Magic[256][];
        for (int first = 0; first < 256; first++) {
            List<Magic> candidates = new ArrayList<>();
            for (Magic magic : MAGICS) {
                if (magic.offset() > 0 || (magic.bytes()[0] & 0xFF) == first) {
                    candidates.add(magic);
                }
            }
            out[first] = candidates.toArray(new Magic[0]);
        }
        return out;
    }

    private static Magic magic(int offset, String ascii, String description) {
        return new Magic(offset, ascii.getBytes(StandardCharsets.ISO_8859_1), description);
    }

    private static Magic magic(int offset, byte[] bytes, String description) {
        return new Magic(offset, bytes, description);
    }
}
