package dev.articleclassifier.classify.text;

/**
 * Cuts text into word tokens (runs of letters and digits; everything else separates, so "U.S." gives "U", "S"
 * and "Turkey's" gives "Turkey", "s") in one pass, folding each character for matching as it goes and noting
 * each token's case shape, sentence starts and shouted (all-caps) lines.
 */
public final class Tokenizer {

    private static final byte OTHER = 0;
    private static final byte WORD = 1;
    private static final byte SENTENCE_END = 2;
    private static final byte NEWLINE = 3;
    private static final byte[] ASCII = asciiClasses();

    private Tokenizer() {
    }

    /** Tokenizes {@code text}; tokens carry no vocabulary ids until a {@link Vocabulary} assigns them. */
    public static TokenizedText tokenize(String text) {
        return tokenize(text.toCharArray());
    }

    /**
     * Tokenizes {@code chars}, which the result keeps as its text (so the caller must not change them): a caller
     * that assembles the text itself saves building a String only to copy it again.
     */
    public static TokenizedText tokenize(char[] chars) {
        int length = chars.length;
        char[] folded = new char[length];
        TokenizedText out = new TokenizedText(chars, folded, Math.max(16, length / 5));
        boolean sentenceStart = true;
        int lineFirstToken = 0;
        boolean lineHasLower = false;
        int lineUpper = 0;
        int i = 0;
        while (i < length) {
            char c = chars[i];
            byte kind = c < 128 ? ASCII[c] : (Character.isLetterOrDigit(c) ? WORD : classifyOther(c));
            if (kind != WORD) {
                folded[i] = c;
                if (kind == SENTENCE_END) {
                    // "U.S." or "3.5": a full stop directly followed by a word character ends no sentence
                    sentenceStart = i + 1 >= length || !isWordChar(chars[i + 1]);
                } else if (kind == NEWLINE) {
                    markShouting(out, lineFirstToken, lineHasLower, lineUpper);
                    lineFirstToken = out.size;
                    lineHasLower = false;
                    lineUpper = 0;
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int from = i;
            int upper = 0;
            int lower = 0;
            while (i < length) {
                char d = chars[i];
                if (d < 128 ? ASCII[d] != WORD : !Character.isLetterOrDigit(d)) {
                    break;
                }
                folded[i] = TextFolding.fold(d);
                if (d < 128 ? d >= 'A' && d <= 'Z' : Character.isUpperCase(d)) {
                    upper++;
                } else if (d < 128 ? d >= 'a' && d <= 'z' : Character.isLowerCase(d)) {
                    lower++;
                }
                i++;
            }
            int flags = 0;
            if (upper > 0) {
                flags |= TokenizedText.HAS_UPPER;
                char first = chars[from];
                if (first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first)) {
                    flags |= TokenizedText.CAPITALIZED;
                }
                if (lower == 0) {
                    flags |= TokenizedText.ALL_UPPER;
                }
            }
            if (sentenceStart) {
                flags |= TokenizedText.SENTENCE_START;
            }
            sentenceStart = false;
            lineHasLower |= lower > 0;
            lineUpper += upper;
            out.add(from, i, flags);
        }
        markShouting(out, lineFirstToken, lineHasLower, lineUpper);
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
        return c < 128 ? ASCII[c] == WORD : Character.isLetterOrDigit(c);
    }

    private static byte classifyOther(char c) {
        return c == '\u2029' || c == '\u2028' ? NEWLINE : OTHER;
    }

    private static byte[] asciiClasses() {
        byte[] classes = new byte[128];
        for (int c = 0; c < 128; c++) {
            if (Character.isLetterOrDigit(c)) {
                classes[c] = WORD;
            }
        }
        classes['.'] = SENTENCE_END;
        classes['!'] = SENTENCE_END;
        classes['?'] = SENTENCE_END;
        classes['"'] = OTHER;
        classes['\n'] = NEWLINE;
        return classes;
    }
}
