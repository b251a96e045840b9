package dev.articleclassifier.classify.text;

/**
 * The short folded words of a vocabulary, each packed whole into a {@code long}, for the lookup most tokens take.
 *
 * <p>Most words of news copy are short ASCII words ("the", "said", "government"). A word of up to
 * {@link #MAX_LENGTH} letters and digits a-z, 0-9 (97% of the words of wire copy) packs into 60 bits, six a
 * character, and since no character's code is 0, two different words never pack to the same number: a lookup
 * compares one {@code long} instead of the characters. The {@link Tokenizer} packs each token as it reads it,
 * and dropping a plural's last characters is a shift. A slot is two adjacent entries, the packed word and its
 * id, so a probe reads one cache line.
 */
final class ShortWords {

    /** Longest word packed. */
    static final int MAX_LENGTH = 10;
    private static final int BITS_PER_CHAR = 6;
    private static final long NOT_PACKED = -1;

    /** Slot {@code s} is {@code entries[2s]}, the packed word (0 for an empty slot), and {@code entries[2s + 1]}, its id. */
    private long[] entries = new long[2048];
    private int size;

    /** The six-bit code of a folded character: digits 1-10, letters 11-36, 0 for any other character. */
    static int code(char folded) {
        if (folded >= '0' && folded <= '9') {
            return folded - '0' + 1;
        }
        if (folded >= 'a' && folded <= 'z') {
            return folded - 'a' + 11;
        }
        return 0;
    }

    /** {@code key} with one more character appended. */
    static long append(long key, int code) {
        return key << BITS_PER_CHAR | code;
    }

    /** {@code key} without its last {@code count} characters. */
    static long dropLast(long key, int count) {
        return key >>> (BITS_PER_CHAR * count);
    }

    /** The packed form of the folded word {@code folded}, or -1 when it is too long or has another character. */
    static long pack(CharSequence folded) {
        if (folded.length() == 0 || folded.length() > MAX_LENGTH) {
            return NOT_PACKED;
        }
        long key = 0;
        for (int i = 0; i < folded.length(); i++) {
            int code = code(folded.charAt(i));
            if (code == 0) {
                return NOT_PACKED;
            }
            key = append(key, code);
        }
        return key;
    }

    void put(long key, int id) {
        if (size * 3 >= entries.length / 2) {
            long[] old = entries;
            entries = new long[old.length * 2];
            for (int i = 0; i < old.length; i += 2) {
                if (old[i] != 0) {
                    insert(old[i], old[i + 1]);
                }
            }
        }
        insert(key, id);
        size++;
    }

    /** The id of the packed word, or -1. */
    int get(long key) {
        int mask = entries.length / 2 - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            long entry = entries[2 * slot];
            if (entry == key) {
                return (int) entries[2 * slot + 1];
            }
            if (entry == 0) {
                return -1;
            }
        }
    }

    private void insert(long key, long id) {
        int mask = entries.length / 2 - 1;
        int slot = slot(key, mask);
        while (entries[2 * slot] != 0) {
            slot = (slot + 1) & mask;
        }
        entries[2 * slot] = key;
        entries[2 * slot + 1] = id;
    }

    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }
}
