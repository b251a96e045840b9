package dev.articleclassifier.classify.text;

import java.util.Arrays;

/**
 * An open-addressing hash table from words to dense int ids that looks words up straight from a range of a
 * char array, optionally followed by one extra character, so matching allocates nothing per token.
 *
 * <p>A folding table stores and compares words as {@link TextFolding} folds them, so it is given words as
 * written (a token straight from the text, a term as the rules spell it): each character is folded exactly once,
 * on the way in.
 *
 * <p>Every token of every article is looked up here, and most of that cost is waiting on memory, so the layout
 * keeps a lookup to few, nearby reads: each slot holds part of the word's hash beside its id (a probe that
 * meets another word is almost always rejected without reading its characters), and all words sit end to end
 * in one char array.
 */
final class KeyTable {

    /**
     * Per slot: {@code id + 1} in the low bits (those below the capacity, which always has room for it) and the
     * word's hash in the others; 0 is an empty slot.
     */
    private int[] slots = new int[4096];
    /** The characters of all words, in id order; word {@code id} is {@code chars[starts[id] .. starts[id + 1])}. */
    private char[] chars = new char[1024];
    private int[] starts = new int[257];
    private int size;
    /** Word shapes (first char, last char, length) present, to skip most lookups of words not in the table. */
    private final long[] shapes = new long[64];
    private final boolean folding;

    /** A table of words as written (case-sensitive). */
    KeyTable() {
        this(false);
    }

    /** @param folding whether words are folded (lower case, no accents) before they are stored or compared */
    KeyTable(boolean folding) {
        this.folding = folding;
    }

    /** How many words the table holds; ids are dense, so the next new word gets this id. */
    int size() {
        return size;
    }

    /** The id of the word {@code a[from..to)} followed by {@code extra} (0 for none), adding it when new. */
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
        int start = starts[size];
        if (start + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, start + length));
        }
        for (int i = from, k = start; i < to; i++, k++) {
            chars[k] = at(a, i);
        }
        if (extra != 0) {
            chars[start + length - 1] = extra;
        }
        if (size + 2 > starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[size + 1] = start + length;
        insert(size, spread(polynomial(chars, start, start + length)));
        int shape = shape(chars[start], chars[start + length - 1], length);
        shapes[shape >>> 6] |= 1L << shape;
        return size++;
    }

    /**
     * False when no word of the table has the first character, last character and length of {@code a[from..to)},
     * which is cheaper to learn than a hash; true says only that the word may be present. Case-sensitive tables
     * only.
     */
    boolean mayContain(char[] a, int from, int to) {
        int shape = shape(a[from], a[to - 1], to - from);
        return (shapes[shape >>> 6] & 1L << shape) != 0;
    }

    private static int shape(char first, char last, int length) {
        return (first * 31 + last) * 31 + length & 4095;
    }

    /** The id of the word {@code a[from..to)} followed by {@code extra} (0 for none), or -1. */
    int find(char[] a, int from, int to, char extra) {
        int polynomial = 0;
        for (int i = from; i < to; i++) {
            polynomial = 31 * polynomial + at(a, i);
        }
        int hash = spread(extra == 0 ? polynomial : 31 * polynomial + extra);
        int mask = slots.length - 1;
        int slot = hash & mask;
        int length = to - from + (extra == 0 ? 0 : 1);
        while (true) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if (((entry ^ hash) & ~mask) == 0) {
                int id = (entry & mask) - 1;
                int start = starts[id];
                if (starts[id + 1] - start == length && equal(start, a, from, to, extra)) {
                    return id;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean equal(int start, char[] a, int from, int to, char extra) {
        char[] key = chars;
        for (int i = from, k = start; i < to; i++, k++) {
            if (key[k] != at(a, i)) {
                return false;
            }
        }
        return extra == 0 || key[start + to - from] == extra;
    }

    /** Character {@code i} of a probe as this table compares it. */
    private char at(char[] a, int i) {
        return folding ? TextFolding.fold(a[i]) : a[i];
    }

    private static int polynomial(char[] a, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + a[i];
        }
        return h;
    }

    /** Spreads the bits: linear probing clusters badly on the raw polynomial hash of short words. */
    private static int spread(int polynomialHash) {
        int h = polynomialHash * 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    private void insert(int id, int hash) {
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = (hash & ~mask) | (id + 1);
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        for (int id = 0; id < size; id++) {
            insert(id, spread(polynomial(chars, starts[id], starts[id + 1])));
        }
    }
}
