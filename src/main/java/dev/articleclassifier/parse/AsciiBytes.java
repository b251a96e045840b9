package dev.articleclassifier.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Searches a file's raw bytes for what the parser would otherwise look for character by character in the decoded
 * text: the first byte that is not printable ASCII, and the first that is not ASCII at all. Most wire copy is
 * printable ASCII, where the bytes are the text's characters, so these searches run over nearly every upload.
 *
 * <p>The bytes are read eight at a time as one {@code long} and tested with word-wide arithmetic ("SWAR"): several
 * times faster than a loop over characters, which the JIT cannot vectorise because it stops at the first find.
 */
final class AsciiBytes {

    /** Reads eight bytes of an array as one long; little-endian, so the lowest byte is the one at the lowest index. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    /** The high bit of every byte of a word. */
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** The seven low bits of every byte of a word. */
    private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long ONES = 0x0101010101010101L;

    private AsciiBytes() {
    }

    /**
     * Whether every byte is printable ASCII ({@code 0x20}–{@code 0x7E}) or a line feed, as in most wire copy. Such
     * bytes decode to the same characters in UTF-8, Windows-1252 and ISO-8859-1 alike, hold no byte-order mark and
     * no carriage return, and make a text {@link TextCleaner#isClean clean}.
     */
    static boolean isPlain(byte[] bytes) {
        return firstNonPlain(bytes, 0) == bytes.length;
    }

    /**
     * Index of the first byte at or after {@code from} that is neither printable ASCII nor a line feed, or the
     * array's length.
     */
    static int firstNonPlain(byte[] bytes, int from) {
        int i = from;
        for (int last = bytes.length - Long.BYTES; i <= last; i += Long.BYTES) {
            if (!isPlainWord((long) LONGS.get(bytes, i))) {
                break;
            }
        }
        // the word that broke the rule, or the few bytes after the last whole word
        for (; i < bytes.length; i++) {
            if (!isPlainByte(bytes[i])) {
                return i;
            }
        }
        return bytes.length;
    }

    /** Index of the first byte at or after {@code from} that is not ASCII (high bit set), or the array's length. */
    static int firstNonAscii(byte[] bytes, int from) {
        int i = from;
        for (int last = bytes.length - Long.BYTES; i <= last; i += Long.BYTES) {
            long high = (long) LONGS.get(bytes, i) & HIGH_BITS;
            if (high != 0) {
                return i + (Long.numberOfTrailingZeros(high) >>> 3);
            }
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return i;
            }
        }
        return bytes.length;
    }

    /**
     * Whether all eight bytes of {@code word} are printable ASCII or line feeds. Each term below sets the high bit
     * of a byte that breaks the rule, and is exact when no byte has its high bit set, because then no lane
     * carries into the next; when some byte has it set the answer is "no" whatever the other terms say.
     */
    static boolean isPlainWord(long word) {
        // 0x7F: adding one reaches 0x80
        long delete = word + ONES;
        // below 0x20: adding 0x60 stays below 0x80
        long control = ~(word + 0x6060606060606060L);
        // but a line feed is allowed: XOR with 0x0A leaves a zero byte, and only a zero byte plus 0x7F stays below 0x80
        long notLineFeed = (word ^ 0x0A0A0A0A0A0A0A0AL) + LOW_BITS;
        return ((word | delete | (control & notLineFeed)) & HIGH_BITS) == 0;
    }

    private static boolean isPlainByte(byte b) {
        return (b >= ' ' && b < 0x7F) || b == '\n';
    }
}
