package dev.articleclassifier.classify.text;

/**
 * The short folded words of a vocabulary, each packed whole into a {@code long}, for the lookup most tokens take.
 *
 * <p>Most words of news copy are short ASCII words ("the", "said", "government"). A word of up to
 * {@link #MAX_LENGTH} letters and digits a-z, 0-9 (97% of the words of wire copy) packs into 60 bits, six a
 * character, and since no character's code is 0, two different words never pack to the same number: a lookup
 * compares one {@code long} instead of the characters. The {@link Tokenizer} packs each token as it reads it,
 * and dropping a plural's last characters is a shift. The table is kept small, since it competes for the cache
 * with everything else the classifier reads: a slot is an {@code int} holding the id and some bits of the hash
 * (a probe meeting another word is almost always rejected without reading its packed form), and the packed
 * words sit in a dense array by id.
 */
final class ShortWords {

    /** Longest word packed. */
    static final int MAX_LENGTH = 10;
    private static final int BITS_PER_CHAR = 6;
    private static final long NOT_PACKED = -1;

    /**
     * Per slot: {@code id + 1} in the low bits (those below the capacity, which always has room for it) and the
     * word's hash in the others; 0 is an empty slot.
     */
    private int[] slots = new int[1024];
    /** The packed words by id (ids not in this table hold 0, which no word packs to). */
    private long[] keys = new long[256];
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
        // at most half full: a miss probes until an empty slot
        if (size * 2 >= slots.length || id + 1 >= slots.length) {
            rehash(Math.max(slots.length * 2, Integer.highestOneBit(id + 1) * 4));
        }
        if (id >= keys.length) {
            keys = java.util.Arrays.copyOf(keys, Math.max(keys.length * 2, id + 1));
        }
        keys[id] = key;
        insert(id);
        size++;
    }

    /** The id of the packed word, or -1. */
    int get(long key) {
        int mask = slots.length - 1;
        int hash = hash(key);
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if (((entry ^ hash) & ~mask) == 0) {
                int id = (entry & mask) - 1;
                if (keys[id] == key) {
                    return id;
                }
            }
        }
    }

    private void insert(int id) {
        int mask = slots.length - 1;
        int hash = hash(keys[id]);
        int slot = hash & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = (hash & ~mask) | (id + 1);
    }

    private void rehash(int capacity) {
        int[] old = slots;
        slots = new int[capacity];
        int mask = old.length - 1;
        for (int entry : old) {
            if (entry != 0) {
                insert((entry & mask) - 1);
            }
        }
    }

    private static int hash(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32);
    }
}
