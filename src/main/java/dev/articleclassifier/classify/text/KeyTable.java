package dev.articleclassifier.classify.text;

import java.util.Arrays;

/**
 * An open-addressing hash table from words to dense int ids that looks words up straight from a range of a
 * char array, optionally followed by one extra character, so matching allocates nothing per token.
 */
final class KeyTable {

    private int[] slots = new int[4096];
    private char[][] keys = new char[256][];
    private int size;

    int size() {
        return size;
    }

    /** The id of the word, adding it when new. */
    int intern(char[] a, int from, int to, char extra) {
        int found = find(a, from, to, extra);
        if (found >= 0) {
            return found;
        }
        // at most a quarter full: most text tokens are not in the vocabulary, and a miss probes until an empty
        // slot, so a sparse table keeps misses to about one probe
        if (size * 4 >= slots.length) {
            rehash(slots.length * 2);
        }
        int length = to - from + (extra == 0 ? 0 : 1);
        char[] key = Arrays.copyOfRange(a, from, from + length);
        if (extra != 0) {
            key[length - 1] = extra;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size] = key;
        insert(size, hash(key, 0, key.length, (char) 0));
        return size++;
    }

    /** The id of the word, or -1. */
    int find(char[] a, int from, int to, char extra) {
        int mask = slots.length - 1;
        int slot = hash(a, from, to, extra) & mask;
        int length = to - from + (extra == 0 ? 0 : 1);
        while (true) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            char[] key = keys[entry - 1];
            if (key.length == length && equal(key, a, from, to, extra)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static boolean equal(char[] key, char[] a, int from, int to, char extra) {
        for (int i = from, k = 0; i < to; i++, k++) {
            if (key[k] != a[i]) {
                return false;
            }
        }
        return extra == 0 || key[key.length - 1] == extra;
    }

    private static int hash(char[] a, int from, int to, char extra) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + a[i];
        }
        if (extra != 0) {
            h = 31 * h + extra;
        }
        // spread the bits: linear probing clusters badly on the raw polynomial hash of short words
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    private void insert(int id, int hash) {
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = id + 1;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        for (int id = 0; id < size; id++) {
            insert(id, hash(keys[id], 0, keys[id].length, (char) 0));
        }
    }
}
