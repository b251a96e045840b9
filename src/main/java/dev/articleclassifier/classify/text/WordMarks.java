package dev.articleclassifier.classify.text;

/**
 * Up to eight yes/no marks on short ASCII words, such as "is a function word of Dutch", that the
 * {@link Tokenizer} copies onto every token spelling the word, whatever its case. Keyed by the whole word as
 * {@link ShortWords} packs it (no plural folding: "dans" is not "dan"), so looking a token up costs one probe in
 * a table small enough to stay in the processor's nearest cache.
 */
final class WordMarks {

    /** Per slot: the packed word (0 for an empty slot); its marks are at the same index of {@link #marks}. */
    private long[] keys = new long[64];
    private byte[] marks = new byte[64];
    private int size;

    /** Adds {@code bits} (the low eight bits) to the marks of the packed word {@code key}. */
    void mark(long key, int bits) {
        int slot = find(key);
        if (keys[slot] == 0) {
            if ((size + 1) * 2 > keys.length) {
                grow();
                slot = find(key);
            }
            keys[slot] = key;
            size++;
        }
        marks[slot] |= (byte) bits;
    }

    /** The marks of the packed word {@code key}, 0 for an unmarked word. */
    int marksOf(long key) {
        return marks[find(key)] & 0xFF;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int find(long key) {
        int mask = keys.length - 1;
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        byte[] oldMarks = marks;
        keys = new long[oldKeys.length * 2];
        marks = new byte[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                marks[slot] = oldMarks[i];
            }
        }
    }
}
