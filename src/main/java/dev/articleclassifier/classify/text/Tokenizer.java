package dev.articleclassifier.classify.text;

/**
 * Cuts text into word tokens (runs of letters and digits; everything else separates, so "U.S." gives "U", "S"
 * and "Turkey's" gives "Turkey", "s") in one pass, noting each token's case shape, sentence starts and shouted
 * (all-caps) lines. Given a {@link Vocabulary}, the same pass gives each token its vocabulary ids: a short ASCII
 * token is packed into a number as its characters are read ({@link ShortWords}), so most lookups need no second
 * pass over the characters; the same number finds the token's marks (such as "a function word of French").
 */
public final class Tokenizer {

    private static final int WORD = 1;
    private static final int UPPER = 2;
    private static final int LOWER = 4;
    private static final int SENTENCE_END = 8;
    private static final int NEWLINE = 16;
    private static final int DIGIT = 32;
    private static final int SURROGATE = 64;
    /** Where an ASCII letter's or digit's {@link ShortWords#code} sits in its entry of {@link #ASCII}. */
    private static final int CODE_SHIFT = 8;
    /** Per ASCII character: its kind and case bits, and a word character's code. */
    private static final int[] ASCII = asciiKinds();

    private Tokenizer() {
    }

    /** Tokenizes {@code text} without vocabulary ids. */
    public static TokenizedText tokenize(String text) {
        return tokenize(text.toCharArray(), null);
    }

    /** Tokenizes {@code text} and gives each token its ids in {@code vocabulary}. */
    public static TokenizedText tokenize(String text, Vocabulary vocabulary) {
        return tokenize(text.toCharArray(), vocabulary);
    }

    /**
     * Tokenizes {@code chars}, which the result keeps as its text (so the caller must not change them): a caller
     * that assembles the text itself saves building a String only to copy it again. With a {@code vocabulary},
     * each token gets its folded and exact ids (-1 for a word no term uses); without, the ids are not set.
     */
    public static TokenizedText tokenize(char[] chars, Vocabulary vocabulary) {
        return tokenize(chars, chars.length, vocabulary, null);
    }

    /**
     * Tokenizes the first {@code length} characters of {@code chars}, as {@link #tokenize(char[], Vocabulary)},
     * into {@code reuse} when it is not null: its arrays are kept, so a caller tokenizing text after text on one
     * thread writes tokens into memory that is already in the cache instead of zeroing fresh arrays for each.
     * Whatever {@code reuse} held before is gone.
     */
    public static TokenizedText tokenize(char[] chars, int length, Vocabulary vocabulary, TokenizedText reuse) {
        TokenizedText out = reuse == null ? new TokenizedText(chars, Math.max(16, length / 5)) : reuse;
        out.reuseFor(chars, vocabulary);
        boolean sentenceStart = true;
        int lineFirstToken = 0;
        boolean lineHasLower = false;
        int lineUpper = 0;
        boolean asciiWords = true;
        int i = 0;
        while (i < length) {
            char c = chars[i];
            int kind = kindOf(c);
            if ((kind & WORD) == 0) {
                if ((kind & SENTENCE_END) != 0) {
                    // "U.S." or "3.5": a full stop directly followed by a word character ends no sentence
                    sentenceStart = i + 1 >= length || !isWordChar(chars[i + 1]);
                } else if ((kind & NEWLINE) != 0) {
                    markShouting(out, lineFirstToken, lineHasLower, lineUpper);
                    lineFirstToken = out.size;
                    lineHasLower = false;
                    lineUpper = 0;
                    sentenceStart = true;
                } else if ((kind & SURROGATE) != 0) {
                    // half of a character outside the basic plane, perhaps a letter
                    asciiWords = false;
                }
                i++;
                continue;
            }
            int from = i;
            int upper = 0;
            int lower = 0;
            int digits = 0;
            long packed = 0;
            boolean ascii = true;
            do {
                upper += (kind & UPPER) >>> 1;
                lower += (kind & LOWER) >>> 2;
                digits |= kind & DIGIT;
                packed = ShortWords.append(packed, kind >>> CODE_SHIFT);
                ascii &= c < 128;
                if (++i == length) {
                    break;
                }
                c = chars[i];
                kind = kindOf(c);
            } while ((kind & WORD) != 0);
            int flags = 0;
            if (upper > 0) {
                flags |= TokenizedText.HAS_UPPER;
                if ((kindOf(chars[from]) & UPPER) != 0) {
                    flags |= TokenizedText.CAPITALIZED;
                }
                if (lower == 0) {
                    flags |= TokenizedText.ALL_UPPER;
                }
            }
            if (sentenceStart) {
                flags |= TokenizedText.SENTENCE_START;
            }
            if (digits != 0) {
                flags |= TokenizedText.HAS_DIGIT;
            }
            asciiWords &= ascii;
            sentenceStart = false;
            lineHasLower |= lower > 0;
            lineUpper += upper;
            out.add(from, i, flags);
            if (vocabulary != null) {
                // two calls rather than one that chooses: the one nearly every token takes is small enough to be
                // compiled into this loop, which a call to both lookups was not
                if (ascii && i - from <= ShortWords.MAX_LENGTH) {
                    vocabulary.identifyPacked(out, out.size - 1, packed);
                } else {
                    vocabulary.identifyByCharacters(out, out.size - 1);
                }
            }
        }
        markShouting(out, lineFirstToken, lineHasLower, lineUpper);
        out.asciiWords = asciiWords;
        return out;
    }

    private static void markShouting(TokenizedText out, int firstToken, boolean hasLower, int upper) {
        if (!hasLower && upper >= 4) {
            for (int t = firstToken; t < out.size; t++) {
                out.flags[t] |= TokenizedText.SHOUTING_LINE;
            }
        }
    }

    static boolean isWordChar(char c) {
        return (kindOf(c) & WORD) != 0;
    }

    private static int kindOf(char c) {
        return c < 128 ? ASCII[c] : nonAsciiKind(c);
    }

    private static int nonAsciiKind(char c) {
        if (Character.isLetterOrDigit(c)) {
            return WORD | (Character.isUpperCase(c) ? UPPER : Character.isLowerCase(c) ? LOWER : 0)
                    | (Character.isDigit(c) ? DIGIT : 0);
        }
        return c == '\u2029' || c == '\u2028' ? NEWLINE : Character.isSurrogate(c) ? SURROGATE : 0;
    }

    private static int[] asciiKinds() {
        int[] kinds = new int[128];
        for (char c = 0; c < 128; c++) {
            if (Character.isLetterOrDigit(c)) {
                kinds[c] = WORD | (c >= 'A' && c <= 'Z' ? UPPER : c >= 'a' && c <= 'z' ? LOWER : DIGIT)
                        | ShortWords.code(TextFolding.fold(c)) << CODE_SHIFT;
            }
        }
        kinds['.'] = SENTENCE_END;
        kinds['!'] = SENTENCE_END;
        kinds['?'] = SENTENCE_END;
        kinds['\n'] = NEWLINE;
        return kinds;
    }
}
