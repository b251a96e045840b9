package dev.articleclassifier.parse;

/**
 * Reads a story's words (runs of letters) for {@link LanguageGuesser}: how many of them are each language's
 * function words, and whether a non-ASCII letter comes early enough for the script check to matter.
 *
 * <p>Language guessing runs on every story and used to be the parser's largest cost, so reading stops as soon as
 * more text cannot change the guess:
 * <ul>
 * <li>words are counted up to a cap, and sooner once the leading language is out of reach: its lead over every
 *     other language exceeds the words still allowed, and it already has the share of function words that even
 *     a full count would ask for;</li>
 * <li>after that, letters are only scanned for a non-ASCII one, until half the script check's letter window is
 *     plain ASCII: ASCII letters are Latin, so no other script can then hold the majority the check looks for.</li>
 * </ul>
 */
final class FunctionWordCounter {

    /** Function words seen, by language index into {@link StopWords}. */
    final int[] hits = new int[StopWords.languageCount()];
    int words;
    int letters;
    /** Whether a non-ASCII letter, or a surrogate that may be half of one, came within the letter window. */
    boolean nonAsciiLetter;

    private final int maxWords;
    private final int letterWindow;
    private final double minShare;
    private boolean wordsDone;

    /**
     * @param maxWords     words counted at most
     * @param letterWindow letters the script check reads
     * @param minShare     share of function words below which a full count would be undetermined
     */
    FunctionWordCounter(int maxWords, int letterWindow, double minShare) {
        this.maxWords = maxWords;
        this.letterWindow = letterWindow;
        this.minShare = minShare;
    }

    /** Whether reading more text could still change the guess. */
    boolean needsMore() {
        return !wordsDone || (!nonAsciiLetter && letters * 2 < letterWindow);
    }

    /** Reads the next text (headline or paragraph) of the story. */
    void read(String text) {
        int i = wordsDone ? 0 : readWords(text);
        if (wordsDone && needsMore()) {
            scanLetters(text, i);
        }
    }

    private int readWords(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            for (char c; i < n && !isLetter(c = text.charAt(i)); i++) {
                if (Character.isSurrogate(c) && letters < letterWindow) {
                    nonAsciiLetter = true;
                }
            }
            int start = i;
            long key = 0;
            boolean ascii = true;
            for (char c; i < n && isLetter(c = text.charAt(i)); i++) {
                ascii &= c < 0x80;
                key = key << 8 | (c | 0x20);
            }
            if (i > start) {
                if (!ascii && letters < letterWindow) {
                    nonAsciiLetter = true;
                }
                words++;
                letters += i - start;
                int[] languages = i - start > StopWords.MAX_STOP_WORD ? null
                        : ascii ? StopWords.asciiLanguages(key)
                        : StopWords.languages(text.substring(start, i));
                if (languages != null) {
                    for (int language : languages) {
                        hits[language]++;
                    }
                }
                if (words >= maxWords || ((words & 15) == 0 && leaderOutOfReach())) {
                    wordsDone = true;
                    return i;
                }
            }
        }
        return i;
    }

    /**
     * Whether the language with most hits (the first of equals, as the guesser picks) keeps the lead whatever the
     * remaining words are, and has enough hits to pass the share test at any final word count.
     */
    private boolean leaderOutOfReach() {
        int leader = 0;
        for (int l = 1; l < hits.length; l++) {
            if (hits[l] > hits[leader]) {
                leader = l;
            }
        }
        if (hits[leader] < maxWords * minShare) {
            return false;
        }
        int remaining = maxWords - words;
        for (int l = 0; l < hits.length; l++) {
            // a language listed before the leader wins a tie, one listed after it must pass it
            if (l != leader && hits[l] + remaining >= hits[leader] + (l < leader ? 0 : 1)) {
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
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' && ++letters * 2 >= letterWindow) {
                    return;
                }
            } else if (Character.isSurrogate(c) || Character.isLetter(c)) {
                nonAsciiLetter = true;
                return;
            }
        }
    }

    private static boolean isLetter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }
}
