package dev.articleclassifier.classify.text;

/**
 * The short folded words of a vocabulary, each packed whole into a {@code long}, for the lookup most tokens take:
 * a word's vocabulary id and its marks ({@link Vocabulary#mark}) in one probe.
 *
 * <p>Most words of news copy are short ASCII words ("the", "said", "government"). A word of up to
 * {@link #MAX_LENGTH} letters and digits a-z, 0-9 (97% of the words of wire copy) packs into 60 bits, six a
 * character, and since no character's code is 0, two different words never pack to the same number: a lookup
 * compares one {@code long} instead of the characters. The {@link Tokenizer} packs each token as it reads it.
 * Every token is looked up, so a probe reads one place in memory: a slot holds the packed word and what is known
 * of it side by side, and since no packed word is 0, a 0 marks an empty slot. Before the table, a bit array sixteen times smaller than it says which words may be
 * present: the rare words of a story, most of those without an entry, are turned away from memory that stays
 * in the cache instead of from a part of the table that has left it.
 *
 * <p>An entry's id is that of the vocabulary word the key spells, and a plural's entry holds its singular's id
 * ("bombs" has the id of "bomb"), so plural reduction costs a token nothing; its
 * marks are those of a token spelling exactly the key, and a marked word in no term has the id -1. An entry also
 * says whether some exact-case word ("IS", "US") folds to its key: a token whose key has no such entry cannot be
 * an exact word, and needs no case-sensitive lookup.
 */
final class ShortWords {

    /** Longest word packed. */
    static final int MAX_LENGTH = 10;
    private static final int BITS_PER_CHAR = 6;
    private static final long NOT_PACKED = -1;
    private static final int S = code('s');
    private static final int E = code('e');
    private static final int I = code('i');
    private static final int Y = code('y');

    /** Per slot {@code s}: its packed word at {@code 2s} (0 when empty), its {@link #info} at {@code 2s + 1}. */
    private long[] slots = new long[2 * 1024];
    private int size;
    /**
     * One bit per value of the high bits of a packed word's hash, set for every word in {@link #slots}: most
     * tokens of a story that miss are rare words, whose probe would read a part of the table not in the cache;
     * this small array answers most of them (a clear bit: no entry) from memory that stays in the cache.
     */
    private final long[] present = new long[1 << (PRESENT_BITS - 6)];
    private static final int PRESENT_BITS = 17;

    /**
     * Info bits: the marks in the low eight, the exact-word flag, the phrase-start bits in the third byte, the id
     * plus one in the high half, so that the info of a word with no entry, and of an empty slot, is 0.
     */
    private static final int MARKS = 0xFF;
    private static final long EXACT_WORD = 1L << 8;
    /** Where the phrase-start bits of the word's dictionaries sit: eight bits, as in a token's flags. */
    private static final int STARTS_SHIFT = 16;
    private static final int ID_SHIFT = 32;
    /** The info of a word with no entry. */
    static final long NONE = 0;

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

    /**
     * The packed form of {@code a[from..to)} as {@link TextFolding} folds it, followed by {@code extra} (0 for
     * none, else a folded character): {@link #pack} of the folded word, without building it.
     */
    static long packFolding(char[] a, int from, int to, char extra) {
        int length = to - from + (extra == 0 ? 0 : 1);
        if (length == 0 || length > MAX_LENGTH) {
            return NOT_PACKED;
        }
        long key = 0;
        for (int i = from; i < to; i++) {
            int code = code(TextFolding.fold(a[i]));
            if (code == 0) {
                return NOT_PACKED;
            }
            key = append(key, code);
        }
        if (extra != 0) {
            int code = code(extra);
            if (code == 0) {
                return NOT_PACKED;
            }
            key = append(key, code);
        }
        return key;
    }

    /**
     * Gives the packed word {@code key}, a singular stem, the vocabulary id {@code id}, and the same id to each of
     * its plurals that packs: the words that {@link Vocabulary#pluralLetters plural reduction} turns into it
     * ("bombs" and "bomb", "policies" and "policy", "taxes" and "tax"). A token then finds its word's id in one
     * probe whether or not it looks like a plural, instead of a test of its last letters and a second probe.
     */
    void put(long key, int id) {
        for (long form : forms(key)) {
            int at = slotFor(form) + 1;
            slots[at] = slots[at] & 0xFFFFFFFFL | (long) (id + 1) << ID_SHIFT;
        }
    }

    /**
     * Adds {@code bits} (the low eight) to the phrase-start bits ({@link Vocabulary#markStart}) of the stem
     * {@code key} and of its plurals, the words {@link #put} gave the stem's id: a token finds them in the same
     * probe as its id.
     */
    void addStarts(long key, int bits) {
        for (long form : forms(key)) {
            int at = slotFor(form) + 1;
            slots[at] |= (long) (bits & 0xFF) << STARTS_SHIFT;
        }
    }

    /** The stem {@code key} and its plurals that pack: the words plural reduction turns into it. */
    private static long[] forms(long key) {
        int length = length(key);
        long[] forms = {key, 0, 0, 0};
        int n = 1;
        n = addPlural(forms, n, key, append(key, S), length + 1, 1);
        n = addPlural(forms, n, key, append(append(key, E), S), length + 2, 2);
        if ((int) (key & 63) == Y) {
            n = addPlural(forms, n, key, append(append(append(dropLast(key, 1), I), E), S), length + 2, 3);
        }
        return java.util.Arrays.copyOf(forms, n);
    }

    /** Adds {@code plural} to {@code forms} when it packs and reduction drops its last {@code dropped}, to {@code stem}. */
    private static int addPlural(long[] forms, int n, long stem, long plural, int length, int dropped) {
        if (length > MAX_LENGTH || Vocabulary.pluralLetters(plural, length) != dropped) {
            return n;
        }
        long reduced = dropLast(plural, dropped);
        if ((dropped == 3 ? append(reduced, Y) : reduced) != stem) {
            return n;
        }
        forms[n] = plural;
        return n + 1;
    }

    /** How many characters the packed word has. */
    static int length(long key) {
        return (64 - Long.numberOfLeadingZeros(key) + BITS_PER_CHAR - 1) / BITS_PER_CHAR;
    }

    /** Adds {@code bits} (the low eight) to the marks of the packed word {@code key}. */
    void mark(long key, int bits) {
        int at = slotFor(key) + 1;
        slots[at] |= bits & MARKS;
    }

    /** Notes that an exact-case word folds to the packed word {@code key}. */
    void markExactWord(long key) {
        int at = slotFor(key) + 1;
        slots[at] |= EXACT_WORD;
    }

    /** Where the packed word's slot starts in {@link #slots}, or where it would go: the first empty slot met. */
    private int slotOf(long key) {
        int mask = slots.length - 2;
        int at = hash(key) & mask;
        while (slots[at] != key && slots[at] != 0) {
            at = (at + 2) & mask;
        }
        return at;
    }

    /**
     * What is known of the packed word, to read with {@link #id}, {@link #marks} and {@link #isExactWord}:
     * {@link #NONE} (id -1, no marks, no exact word) when it has no entry.
     */
    long info(long key) {
        int bit = presenceBit(key);
        if ((present[bit >>> 6] & 1L << bit) == 0) {
            return NONE;
        }
        // an empty slot's info is 0, NONE
        return slots[slotOf(key) + 1];
    }

    /** The vocabulary id in an entry's info (-1 for a word in no term). */
    static int id(long info) {
        return (int) (info >>> ID_SHIFT) - 1;
    }

    /** The marks in an entry's info. */
    static int marks(long info) {
        return (int) info & MARKS;
    }

    /** The phrase-start bits in an entry's info ({@link #addStarts}). */
    static int starts(long info) {
        return (int) (info >>> STARTS_SHIFT) & 0xFF;
    }

    /** Whether an entry's info says an exact-case word folds to its key. */
    static boolean isExactWord(long info) {
        return (info & EXACT_WORD) != 0;
    }

    /** The vocabulary id of the packed word, or -1. */
    int get(long key) {
        return id(info(key));
    }

    /**
     * The slot of the packed word, added when new. It may grow the table: callers take the index first and read
     * {@link #slots} after ({@code slots[slotFor(key)] |= ...} would write to the array it replaced).
     */
    private int slotFor(long key) {
        int at = slotOf(key);
        if (slots[at] == key) {
            return at;
        }
        // at most half full: every token of every story probes, and at four fifths full linear probing gave a hit
        // 2.6 probes on average and runs of up to 90 slots; half full, a hit takes about one probe
        if ((size + 1) * 5 >= slots.length / 2 * 4) {
            rehash(slots.length * 2);
            at = slotOf(key);
        }
        size++;
        slots[at] = key;
        int bit = presenceBit(key);
        present[bit >>> 6] |= 1L << bit;
        return at;
    }

    private void rehash(int length) {
        long[] old = slots;
        slots = new long[length];
        for (int at = 0; at < old.length; at += 2) {
            if (old[at] != 0) {
                int to = slotOf(old[at]);
                slots[to] = old[at];
                slots[to + 1] = old[at + 1];
            }
        }
    }

    /** The key's bit in {@link #present}: the product's top bits, which the slot index does not use. */
    static int presenceBit(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - PRESENT_BITS));
    }

    /** An even index into {@link #slots}, from the high bits of the product, which mix all of the key's bits. */
    private static int hash(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) << 1;
    }
}
