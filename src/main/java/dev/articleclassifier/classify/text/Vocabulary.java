package dev.articleclassifier.classify.text;

/**
 * The words that rule terms and gazetteer names are made of, each with an id, in two spaces: folded words
 * (lower case, accents removed, plurals reduced: "Bombs" and "bomb" are one word) and exact words for
 * case-sensitive terms ("IS", "US"). Every dictionary of one classifier shares one vocabulary, so each document
 * is looked up once, whatever the number of dictionaries.
 *
 * <p>Plural reduction is a light, predictable rule applied to words of four letters or more: "-ies" becomes
 * "-y"; "-sses", "-xes", "-ches", "-shes" lose "-es"; any other trailing "s" is dropped unless the word ends in
 * "ss", "us" or "is". It is applied to rule terms and text alike, so both sides always agree.
 */
public final class Vocabulary {

    /** The packed codes of the letters plural reduction looks at. */
    private static final int S = ShortWords.code('s');
    private static final int E = ShortWords.code('e');
    private static final int I = ShortWords.code('i');
    private static final int U = ShortWords.code('u');
    private static final int X = ShortWords.code('x');
    private static final int H = ShortWords.code('h');
    private static final int C = ShortWords.code('c');

    private final KeyTable folded = new KeyTable(true);
    /** The folded words of up to ten letters and digits again, packed, for the lookup most tokens take. */
    private final ShortWords shortWords = new ShortWords();
    private final KeyTable exact = new KeyTable();
    private boolean hasExactWords;
    private Object marksOwner;
    /**
     * Per folded id + 1, and per exact id + 1: bit {@code d} set when dictionary {@code d} of this vocabulary has a
     * phrase starting with the word. The lookup that gives a token its ids copies these into its flags, so each
     * dictionary finds where its phrases may start from the flags rather than from a lookup of its own per token.
     */
    private byte[] foldedStarts = new byte[64];
    private byte[] exactStarts = new byte[64];
    private int startBits;
    /**
     * Per folded id, its word packed ({@link ShortWords}), or -1 (0 before it is set): a short word's start bits
     * are also kept in its entry of the short-word table, and in its plurals', where the probe that finds a
     * token's id finds them.
     */
    private long[] packedStems = new long[64];

    /** Id of a folded word, adding it; {@code word} is one token of a term as written. */
    int foldedId(String word) {
        return foldedId(word.toCharArray(), 0, word.length());
    }

    /**
     * Id of the folded word {@code a[from..to)}, one token of a term as written, adding it. Terms repeat their
     * words ("new", "bank", "minister"), so a word met before is settled by its table lookup alone; a new one is
     * folded and packed from the characters, without intermediate strings: this runs thousands of times at init.
     */
    int foldedId(char[] a, int from, int to) {
        int end = pluralEnd(a, from, to);
        char extra = extraFor(a, end, to);
        int known = folded.size();
        int id = folded.intern(a, from, end, extra);
        if (id < known) {
            return id;
        }
        foldedStarts = coverId(foldedStarts, id);
        long packed = ShortWords.packFolding(a, from, end, extra);
        if (packed >= 0) {
            shortWords.put(packed, id);
        }
        if (id >= packedStems.length) {
            packedStems = java.util.Arrays.copyOf(packedStems, Math.max(packedStems.length * 2, id + 1));
        }
        packedStems[id] = packed;
        return id;
    }

    /** Id of an exact (case-sensitive) word, adding it. */
    int exactId(String word) {
        return exactId(word.toCharArray(), 0, word.length());
    }

    /** Id of the exact (case-sensitive) word {@code a[from..to)}, adding it; a word met before is only looked up. */
    int exactId(char[] a, int from, int to) {
        hasExactWords = true;
        int known = exact.size();
        int id = exact.intern(a, from, to, (char) 0);
        if (id < known) {
            return id;
        }
        long packed = ShortWords.packFolding(a, from, to, (char) 0);
        if (packed >= 0) {
            // a token can only spell this word if it folds to the same packed word: others skip the lookup
            shortWords.markExactWord(packed);
        }
        exactStarts = coverId(exactStarts, id);
        return id;
    }

    private static byte[] coverId(byte[] starts, int id) {
        return id + 1 < starts.length ? starts : java.util.Arrays.copyOf(starts, Math.max(starts.length * 2, id + 2));
    }

    /**
     * A bit of its own for a dictionary built on this vocabulary, which then {@link #markStart marks} the words its
     * phrases start with; tokens identified after carry the bits of their words in their flags.
     *
     * @throws IllegalStateException when eight dictionaries already have one
     */
    int newStartBit() {
        if (startBits == 8) {
            throw new IllegalStateException("a vocabulary serves at most eight dictionaries");
        }
        return startBits++;
    }

    /** How many dictionaries have a start bit: tokens identified now carry the starts of all of them. */
    int startBits() {
        return startBits;
    }

    /** Notes that the dictionary of {@code bit} has a phrase starting with word {@code id} (exact or folded). */
    void markStart(int bit, int id, boolean exactWord) {
        byte[] starts = exactWord ? exactStarts : foldedStarts;
        if ((starts[id + 1] & 1 << bit) != 0) {
            return;  // an earlier phrase starting with the word marked it, and its plurals, already
        }
        starts[id + 1] |= (byte) (1 << bit);
        if (!exactWord && packedStems[id] > 0) {
            shortWords.addStarts(packedStems[id], 1 << bit);
        }
    }

    /**
     * Gives token {@code t} of {@code text}, just added by the tokenizer, its folded and exact ids (-1 for a word
     * no term uses) and its marks. {@code packed} is the token as {@link ShortWords} packs it, which the tokenizer
     * computed as it read it: then the token's characters need not be read again, and one probe finds its marks,
     * whether it may be an exact word and its id (a plural's is its singular's). It is -1 for a token too long
     * to pack or with a character outside a-z, A-Z, 0-9: such a token is looked up by its characters, and
     * carries no marks (only short ASCII words are marked).
     */
    void identify(TokenizedText text, int t, long packed) {
        if (packed >= 0) {
            identifyPacked(text, t, packed);
        } else {
            identifyByCharacters(text, t);
        }
    }

    /** As {@link #identify} for a token that does not pack: looked up by its characters, with no marks. */
    void identifyByCharacters(TokenizedText text, int t) {
        char[] chars = text.text;
        int from = text.start[t];
        int to = text.end[t];
        int end = pluralEnd(chars, from, to);
        text.foldId[t] = folded.find(chars, from, end, extraFor(chars, end, to));
        // exact words are a few hundred acronyms and names: most capitalised tokens fail the shape test
        text.exactId[t] = hasExactWords && (text.flags[t] & TokenizedText.HAS_UPPER) != 0
                && exact.mayContain(chars, from, to) ? exact.find(chars, from, to, (char) 0) : -1;
        addStarts(text, t);
    }

    private void addStarts(TokenizedText text, int t) {
        int starts = foldedStarts[text.foldId[t] + 1] | exactStarts[text.exactId[t] + 1];
        text.flags[t] |= (starts & 0xFF) << TokenizedText.STARTS_SHIFT;
    }

    /**
     * As {@link #identify} for a token that packs, nearly every token: one probe of the short-word table. Kept
     * apart from the lookups by characters so that it stays small enough for the compiler to place in the
     * tokenizer's loop: called, it would cost every token a call that saves and restores the loop's state.
     */
    void identifyPacked(TokenizedText text, int t, long packed) {
        // a plural's entry holds its singular's id (ShortWords.put), and an entry its folded word's start bits
        long info = shortWords.info(packed);
        int flags = text.flags[t] | ShortWords.marks(info) << TokenizedText.MARKS_SHIFT
                | ShortWords.starts(info) << TokenizedText.STARTS_SHIFT;
        text.foldId[t] = ShortWords.id(info);
        text.exactId[t] = -1;
        text.flags[t] = flags;
        if (ShortWords.isExactWord(info) && (flags & TokenizedText.HAS_UPPER) != 0) {
            identifyExact(text, t);
        }
    }

    /** Gives a packed token that may spell an exact word its exact id and that word's phrase-start bits. */
    private void identifyExact(TokenizedText text, int t) {
        int exactId = exact.find(text.text, text.start[t], text.end[t], (char) 0);
        text.exactId[t] = exactId;
        text.flags[t] |= (exactStarts[exactId + 1] & 0xFF) << TokenizedText.STARTS_SHIFT;
    }

    /**
     * Marks a short word with {@code bits} (the low eight), which every token spelling it, in any case, then
     * carries ({@link TokenizedText#marks}). A vocabulary holds the marks of one owner, whose meaning they have
     * (the language guesser's: "a function word of French"); tokens say whose marks they carry.
     *
     * @throws IllegalArgumentException unless the word is 1 to 10 ASCII letters and digits (a-z, A-Z, 0-9)
     * @throws IllegalStateException    when another owner has marked words of this vocabulary
     */
    public void mark(Object owner, String word, int bits) {
        if (marksOwner != null && marksOwner != owner) {
            throw new IllegalStateException("this vocabulary's words are marked by " + marksOwner);
        }
        long packed = ShortWords.pack(TextFolding.fold(word));
        if (packed < 0 || !isAsciiLettersAndDigits(word)) {
            throw new IllegalArgumentException("only words of 1 to " + ShortWords.MAX_LENGTH
                    + " ASCII letters and digits can be marked: \"" + word + "\"");
        }
        shortWords.mark(packed, bits);
        marksOwner = owner;
    }

    /** Whose marks tokens of this vocabulary carry, or null when no word is marked. */
    Object marksOwner() {
        return marksOwner;
    }

    private static boolean isAsciiLettersAndDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Tokenizer.isWordChar(word.charAt(i)) || word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many trailing characters of the packed word of {@code length} characters its plural reduction drops
     * (0 to 3; 3 is "-ies", which then takes a "y"): {@link #pluralEnd} read from the packed codes.
     */
    static int pluralLetters(long packed, int length) {
        if (length < 4 || (int) (packed & 63) != S) {
            return 0;
        }
        int before = (int) (packed >>> 6 & 63);
        if (before == S || before == U || before == I) {
            return 0;
        }
        if (before == E) {
            int third = (int) (packed >>> 12 & 63);
            int fourth = (int) (packed >>> 18 & 63);
            if (third == I && length > 4) {
                return 3;
            }
            if (third == X || (third == S && fourth == S) || (third == H && (fourth == C || fourth == S))) {
                return 2;
            }
        }
        return 1;
    }

    /** Where the singular stem ends; see the class comment. "-ies" stops before "ies" (then "y" is appended). */
    static int pluralEnd(char[] a, int from, int to) {
        int length = to - from;
        if (length < 4 || TextFolding.fold(a[to - 1]) != 's') {
            return to;
        }
        char before = TextFolding.fold(a[to - 2]);
        if (before == 's' || before == 'u' || before == 'i') {
            return to;
        }
        if (before == 'e') {
            char third = TextFolding.fold(a[to - 3]);
            char fourth = TextFolding.fold(a[to - 4]);
            if (third == 'i' && length > 4) {
                return to - 3;
            }
            if (third == 'x' || (third == 's' && fourth == 's') || (third == 'h' && (fourth == 'c' || fourth == 's'))) {
                return to - 2;
            }
        }
        return to - 1;
    }

    private static char extraFor(char[] a, int stemEnd, int to) {
        return to - stemEnd == 3 && TextFolding.fold(a[stemEnd]) == 'i' ? 'y' : 0;
    }
}
