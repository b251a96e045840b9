package dev.articleclassifier.classify.language;

import dev.articleclassifier.classify.text.TokenizedText;

/**
 * Reads a story's words (runs of letters) for {@link LanguageGuesser}: how many of them are each language's
 * function words, and whether a non-ASCII letter comes early enough for the script check to matter.
 *
 * <p>Language guessing runs on every story, so the words of a story whose every word is ASCII, nearly all copy,
 * are taken from the classifier's tokens ({@link #readTokens}) rather than from its characters, and reading stops
 * as soon as more text cannot change the guess:
 * <ul>
 * <li>words are counted up to a cap, and sooner once the leading language is out of reach: its lead over every
 *     other language exceeds the words still allowed, and it already has the share of function words that even
 *     a full count would ask for;</li>
 * <li>after that, letters are only scanned for a non-ASCII one, until half the script check's letter window is
 *     plain ASCII: ASCII letters are Latin, so no other script can then hold the majority the check looks for.</li>
 * </ul>
 */
final class FunctionWordCounter {

    /** ASCII letters folded to lower case, 0 for every other ASCII character. */
    private static final byte[] ASCII_LOWER = new byte[0x80];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_LOWER[c] = (byte) c;
            ASCII_LOWER[c - 'a' + 'A'] = (byte) c;
        }
    }

    /** Every how many words the counter asks whether the guess is decided (a power of two). */
    private static final int CHECK_EVERY = 16;

    int words;
    /** Letters read, for the script check; not counted from tokens ({@link #readTokens}), which never need it. */
    int letters;
    /** Whether a non-ASCII letter, or a surrogate that may be half of one, came within the letter window. */
    boolean nonAsciiLetter;

    private final int maxWords;
    private final int letterWindow;
    private final double minShare;
    /** The function words seen, as a sum of {@link StopWords} tallies. */
    private long tally;
    private boolean wordsDone;

    /**
     * @param maxWords     words counted at most
     * @param letterWindow letters the script check reads
     * @param minShare     share of function words below which a full count would be undetermined
     */
    FunctionWordCounter(int maxWords, int letterWindow, double minShare) {
        if (maxWords > StopWords.MAX_TALLY_COUNT) {
            throw new IllegalArgumentException("a tally counts at most " + StopWords.MAX_TALLY_COUNT + " words");
        }
        this.maxWords = maxWords;
        this.letterWindow = letterWindow;
        this.minShare = minShare;
    }

    /** Function words seen of language {@code index} into {@link StopWords}. */
    int hits(int index) {
        return StopWords.count(tally, index);
    }

    /** Whether reading more text could still change the guess. */
    boolean needsMore() {
        return !wordsDone || (!nonAsciiLetter && letters * 2 < letterWindow);
    }

    /**
     * Reads a whole story from its tokens, when {@link TokenizedText#asciiWords()} and the tokens carry the marks
     * of {@link StopWords#mark}: a word, a run of letters, is then a token, or a part of one that digits cut
     * ("G20", "1990s"), and the script check is never needed. Counts exactly the words and function words that
     * {@link #read} would count reading the headline and paragraphs the tokens were cut from; not the letters,
     * which only the script check reads: the word loop then reads each token's flags alone, not its offsets.
     */
    void readTokens(TokenizedText tokens) {
        int t = 0;
        while (t < tokens.size() && !wordsDone) {
            // Tokens without a digit are one word each, and their marks say which languages list it. They are
            // counted a run at a time, up to the next word count at which the guess may be decided, and the run's
            // sums added at once: the counts the decision reads are those that counting word by word gives there.
            int room = Math.min(CHECK_EVERY - (words & (CHECK_EVERY - 1)), maxWords - words);
            int end = Math.min(tokens.size(), t + room);
            int run = t;
            long runTally = 0;
            while (run < end && !tokens.has(run, TokenizedText.HAS_DIGIT)) {
                runTally += StopWords.tallyOfMarks(tokens.marks(run));
                run++;
            }
            if (run > t) {
                addWords(run - t, 0, runTally);
                t = run;
                continue;
            }
            int from = tokens.startOffset(t);
            int to = tokens.endOffset(t);
            t++;
            int i = from;
            while (i < to && !wordsDone) {
                while (i < to && isAsciiDigit(tokens.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < to && !isAsciiDigit(tokens.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    addWords(1, 0, tallyOf(tokens, start, i));
                }
            }
        }
    }

    private void countWord(int length, long wordTally) {
        addWords(1, length, wordTally);
    }

    /**
     * Counts {@code count} words of {@code length} letters in all with {@code wordTally} as their tallies' sum,
     * words that do not pass a multiple of {@link #CHECK_EVERY} or the cap: only there is the guess decided.
     */
    private void addWords(int count, int length, long wordTally) {
        words += count;
        letters += length;
        tally += wordTally;
        wordsDone = words >= maxWords || ((words & (CHECK_EVERY - 1)) == 0 && leaderOutOfReach(tally, words));
    }

    /** The tally of the ASCII word {@code tokens[from..to)}, part of a token that digits cut. */
    private static long tallyOf(TokenizedText tokens, int from, int to) {
        if (to - from > StopWords.MAX_STOP_WORD) {
            return 0;
        }
        long key = 0;
        for (int i = from; i < to; i++) {
            key = key << 8 | ASCII_LOWER[tokens.charAt(i)];
        }
        return StopWords.asciiTally(key);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Reads the next text (headline or paragraph) of the story. */
    void read(String text) {
        int i = wordsDone ? 0 : readWords(text);
        if (wordsDone && needsMore()) {
            scanLetters(text, i);
        }
    }

    /**
     * Counts words and function words of {@code text} until the count is decided; returns where it stopped. Only
     * stories with a non-ASCII word or character outside the basic plane come here; the others are counted from
     * their tokens ({@link #readTokens}).
     */
    private int readWords(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !wordsDone) {
            char c = text.charAt(i);
            if (!isLetter(c)) {
                if (Character.isSurrogate(c) && letters < letterWindow) {
                    nonAsciiLetter = true;
                }
                i++;
                continue;
            }
            int start = i;
            long key = 0;
            boolean ascii = true;
            do {
                ascii &= c < 0x80;
                key = key << 8 | (c | 0x20);
            } while (++i < n && isLetter(c = text.charAt(i)));
            if (!ascii && letters < letterWindow) {
                nonAsciiLetter = true;
            }
            long wordTally = i - start > StopWords.MAX_STOP_WORD ? 0
                    : ascii ? StopWords.asciiTally(key) : StopWords.tally(text.substring(start, i));
            countWord(i - start, wordTally);
        }
        return i;
    }

    /**
     * Whether, with {@code tally} after {@code words} words, the language with most hits (the first of equals, as
     * the guesser picks) keeps the lead whatever the remaining words are, and has enough hits to pass the share
     * test at any final word count.
     */
    private boolean leaderOutOfReach(long tally, int words) {
        int languages = StopWords.languageCount();
        int leader = 0;
        for (int l = 1; l < languages; l++) {
            if (StopWords.count(tally, l) > StopWords.count(tally, leader)) {
                leader = l;
            }
        }
        int leaderHits = StopWords.count(tally, leader);
        if (leaderHits < maxWords * minShare) {
            return false;
        }
        int remaining = maxWords - words;
        for (int l = 0; l < languages; l++) {
            // a language listed before the leader wins a tie, one listed after it must pass it
            if (l != leader && StopWords.count(tally, l) + remaining >= leaderHits + (l < leader ? 0 : 1)) {
                return false;
            }
        }
        return true;
    }

    /** Counts ASCII letters on from {@code i} until a non-ASCII letter shows or the letters settle the script. */
    private void scanLetters(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (ASCII_LOWER[c] != 0 && ++letters * 2 >= letterWindow) {
                    return;
                }
            } else if (Character.isSurrogate(c) || Character.isLetter(c)) {
                nonAsciiLetter = true;
                return;
            }
        }
    }

    private static boolean isLetter(char c) {
        return c < 0x80 ? ASCII_LOWER[c] != 0 : Character.isLetter(c);
    }
}
