package dev.articleclassifier.classify.text;

import java.util.Arrays;

/**
 * The short folded words of a vocabulary, each packed whole into a {@code long}, for the lookup most tokens take:
 * a word's vocabulary id and its marks ({@link Vocabulary#mark}) in one probe.
 *
 * <p>Most words of news copy are short ASCII words ("the", "said", "government"). A word of up to
 * {@link #MAX_LENGTH} letters and digits a-z, 0-9 (97% of the words of wire copy) packs into 60 bits, six a
 * character, and since no character's code is 0, two different words never pack to the same number: a lookup
 * compares one {@code long} instead of the characters. The {@link Tokenizer} packs each token as it reads it,
 * and dropping a plural's last characters is a shift. The table is kept small, since it competes for the cache
 * with everything else the classifier reads: a slot is an {@code int} holding an entry number and some bits of
 * the hash (a probe meeting another word is almost always rejected without reading its packed form), and the
 * entries (packed word, id, marks) sit in dense arrays.
 *
 * <p>An entry's id is that of the vocabulary word the key spells (a stem: "bombs" is looked up as "bomb"), and
 * its marks those of a token spelling exactly the key; a marked word in no term has the id -1.
 */
final class ShortWords {

    /** Longest word packed. */
    static final int MAX_LENGTH = 10;
    private static final int BITS_PER_CHAR = 6;
    private static final long NOT_PACKED = -1;

    /**
     * Per slot: {@code entry + 1} in the low bits (those below the capacity, which always has room for it) and the
     * word's hash in the others; 0 is an empty slot.
     */
    private int[] slots = new int[1024];
    private long[] keys = new long[256];
    private int[] ids = new int[256];
    private byte[] marks = new byte[256];
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

    /** Gives the packed word {@code key} the vocabulary id {@code id}. */
    void put(long key, int id) {
        int entry = entryFor(key);
        ids[entry] = id;
    }

    /** Adds {@code bits} (the low eight) to the marks of the packed word {@code key}. */
    void mark(long key, int bits) {
        int entry = entryFor(key);
        marks[entry] |= (byte) bits;
    }

    /** The entry of the packed word, or -1. */
    int entry(long key) {
        int mask = slots.length - 1;
        int hash = hash(key);
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int value = slots[slot];
            if (value == 0) {
                return -1;
            }
            if (((value ^ hash) & ~mask) == 0) {
                int entry = (value & mask) - 1;
                if (keys[entry] == key) {
                    return entry;
                }
            }
        }
    }

    /** The vocabulary id of entry {@code entry} (-1 for a marked word in no term). */
    int id(int entry) {
        return ids[entry];
    }

    /** The marks of entry {@code entry}. */
    int marks(int entry) {
        return marks[entry] & 0xFF;
    }

    /** The vocabulary id of the packed word, or -1. */
    int get(long key) {
        int entry = entry(key);
        return entry < 0 ? -1 : ids[entry];
    }

    private int entryFor(long key) {
        int entry = entry(key);
        if (entry >= 0) {
            return entry;
        }
        // at most half full: a miss probes until an empty slot
        if ((size + 1) * 2 >= slots.length) {
            rehash(slots.length * 2);
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            ids = Arrays.copyOf(ids, size * 2);
            marks = Arrays.copyOf(marks, size * 2);
        }
        entry = size++;
        keys[entry] = key;
        ids[entry] = -1;
        insert(entry);
        return entry;
    }

    private void insert(int entry) {
        int mask = slots.length - 1;
        int hash = hash(keys[entry]);
        int slot = hash & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = (hash & ~mask) | (entry + 1);
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        for (int entry = 0; entry < size; entry++) {
            insert(entry);
        }
    }

    private static int hash(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32);
    }
}
