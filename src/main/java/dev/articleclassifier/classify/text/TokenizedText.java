package dev.articleclassifier.classify.text;

/**
 * A text cut into word tokens, with what the matchers and the language guesser need per token: where it is, its
 * vocabulary ids, its case shape, whether it has a digit, and the marks of the word it spells. Built by
 * {@link Tokenizer}; arrays are sized to capacity, {@link #size()} tokens are valid.
 * Not thread-safe; one per document.
 */
public final class TokenizedText {

    /** First character is upper case ("Turkey", "IS"). */
    public static final int CAPITALIZED = 1;
    /** Every letter is upper case and there is at least one ("IS", "NATO"). */
    public static final int ALL_UPPER = 2;
    /** The token stands in a line with no lower-case letter (a shouted headline: "BAHIA COCOA REVIEW"). */
    public static final int SHOUTING_LINE = 4;
    /** The token opens a sentence, a line or the text, so its capital says nothing about it being a name. */
    public static final int SENTENCE_START = 8;
    /** The token contains at least one upper-case letter. */
    public static final int HAS_UPPER = 16;
    /** The token contains at least one digit ("G20", "1990s"). */
    public static final int HAS_DIGIT = 32;
    /** Where a token's word marks ({@link Vocabulary#mark}) sit in its flags. */
    static final int MARKS_SHIFT = 8;
    /** Where the phrase-start bits of a token's word ({@link Vocabulary#newStartBit}) sit in its flags. */
    static final int STARTS_SHIFT = 16;

    char[] text;
    int size;
    int[] start;
    int[] end;
    int[] flags;
    int[] foldId;
    int[] exactId;
    /** Whether every token is ASCII and no character outside the basic plane occurs. */
    boolean asciiWords;
    /** Whose marks the tokens carry ({@link Vocabulary#mark}), or null. */
    Object marksOwner;
    /** The vocabulary that gave the ids, or null. */
    Vocabulary vocabulary;
    /** How many of its dictionaries' start bits the tokens carry: those that existed when they were identified. */
    int startBits;

    TokenizedText(char[] text, int capacity) {
        this.text = text;
        this.start = new int[capacity];
        this.end = new int[capacity];
        this.flags = new int[capacity];
        this.foldId = new int[capacity];
        this.exactId = new int[capacity];
    }

    /**
     * Empties this for a new text, keeping its arrays (grown as needed) for the tokens to come, and notes the
     * vocabulary that will identify them (null for none): whose marks they carry and which dictionaries' phrase
     * starts.
     */
    void reuseFor(char[] newText, Vocabulary newVocabulary) {
        text = newText;
        size = 0;
        asciiWords = false;
        vocabulary = newVocabulary;
        marksOwner = newVocabulary == null ? null : newVocabulary.marksOwner();
        startBits = newVocabulary == null ? 0 : newVocabulary.startBits();
    }

    /** How many tokens the arrays hold before they grow: what keeping this for reuse costs in memory. */
    public int capacity() {
        return start.length;
    }

    public int size() {
        return size;
    }

    public boolean has(int token, int flag) {
        return (flags[token] & flag) != 0;
    }

    /** The token as written. */
    public String token(int i) {
        return new String(text, start[i], end[i] - start[i]);
    }

    /** The marks of the word the token spells, given by the vocabulary it was tokenized with (0 for none). */
    public int marks(int token) {
        return flags[token] >>> MARKS_SHIFT & 0xFF;
    }

    /** Whether the tokens carry the marks that {@code owner} gave words ({@link Vocabulary#mark}). */
    public boolean markedBy(Object owner) {
        return owner != null && marksOwner == owner;
    }

    /** Character offset where the token starts, in the text given to the tokenizer. */
    public int startOffset(int i) {
        return start[i];
    }

    /** Character offset just after the token. */
    public int endOffset(int i) {
        return end[i];
    }

    /** The character at {@code offset} in the text given to the tokenizer. */
    public char charAt(int offset) {
        return text[offset];
    }

    /**
     * Whether every token is plain ASCII (letters and digits a-z, A-Z, 0-9) and the text holds no character from
     * outside Unicode's basic plane: then every letter of the text is in a token, and an ASCII one.
     */
    public boolean asciiWords() {
        return asciiWords;
    }

    /** Whether only spaces or tabs separate two tokens (no punctuation, no line break). */
    public boolean spaceOnlyBetween(int left, int right) {
        for (int i = end[left]; i < start[right]; i++) {
            if (text[i] != ' ' && text[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    void add(int from, int to, int tokenFlags) {
        if (size == start.length) {
            grow();
        }
        start[size] = from;
        end[size] = to;
        flags[size] = tokenFlags;
        size++;
    }

    private void grow() {
        int capacity = start.length * 2 + 16;
        start = java.util.Arrays.copyOf(start, capacity);
        end = java.util.Arrays.copyOf(end, capacity);
        flags = java.util.Arrays.copyOf(flags, capacity);
        foldId = java.util.Arrays.copyOf(foldId, capacity);
        exactId = java.util.Arrays.copyOf(exactId, capacity);
    }
}
