package dev.articleclassifier.classify.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VocabularyTest {

    /** Letters the plural rule looks at, and two it does not, in every position of words of one to six. */
    private static final char[] PLURAL_LETTERS = {'s', 'e', 'i', 'u', 'x', 'h', 'c', 'a', 'y'};

    @Test
    void pluralReduction_readsTheSameFromPackedCodes_asFromCharacters() {
        int words = 0;
        for (int length = 1; length <= 6; length++) {
            char[] word = new char[length];
            int combinations = (int) Math.pow(PLURAL_LETTERS.length, length);
            for (int n = 0; n < combinations; n++) {
                int rest = n;
                for (int i = 0; i < length; i++) {
                    word[i] = PLURAL_LETTERS[rest % PLURAL_LETTERS.length];
                    rest /= PLURAL_LETTERS.length;
                }
                word[0] = n % 2 == 0 ? word[0] : Character.toUpperCase(word[0]);
                int dropped = length - Vocabulary.pluralEnd(word, 0, length);
                long packed = ShortWords.pack(TextFolding.fold(new String(word)));
                assertEquals(dropped, Vocabulary.pluralLetters(packed, length), new String(word));
                words++;
            }
        }
        assertTrue(words > 500_000);
    }

    @Test
    void tokens_findPluralsAndExactWords_whetherPackedOrNot() {
        Vocabulary vocabulary = new Vocabulary();
        int city = vocabulary.foldedId("city");
        int governorship = vocabulary.foldedId("governorship");
        int is = vocabulary.exactId("IS");
        int unesco = vocabulary.exactId("UNESCOXXXXXX");
        // short words are packed by the tokenizer, long ones looked up by their characters
        TokenizedText text = Tokenizer.tokenize("Cities IS is Is governorships UNESCOXXXXXX unescoxxxxxx", vocabulary);
        assertEquals(city, text.foldId[0]);
        assertEquals(is, text.exactId[1]);
        assertEquals(-1, text.exactId[2]);
        assertEquals(-1, text.exactId[3]);
        assertEquals(governorship, text.foldId[4]);
        assertEquals(unesco, text.exactId[5]);
        assertEquals(-1, text.exactId[6]);
    }

    @Test
    void tokens_getTheSameIds_fromThePackedLookup_asFromTheirCharacters() {
        // Problem: a plural's id took a test of its last letters and a second probe per token. Fix: the packed
        // table holds each plural's entry with its singular's id; this checks it against the character lookup.
        Vocabulary vocabulary = new Vocabulary();
        StringBuilder text = new StringBuilder();
        for (int length = 1; length <= 5; length++) {
            int combinations = (int) Math.pow(PLURAL_LETTERS.length, length);
            for (int n = 0; n < combinations; n++) {
                String word = wordNumber(n, length);
                if (n % 3 == 0) {
                    vocabulary.foldedId(word);
                }
                text.append(word).append(' ').append(word).append("s ").append(word).append("es ");
            }
        }
        TokenizedText tokens = Tokenizer.tokenize(text.toString(), vocabulary);
        int found = 0;
        for (int t = 0; t < tokens.size(); t++) {
            int packedId = tokens.foldId[t];
            vocabulary.identify(tokens, t, -1);
            assertEquals(tokens.foldId[t], packedId, tokens.token(t));
            found += packedId >= 0 ? 1 : 0;
        }
        assertTrue(found > 10_000, "words found: " + found);
    }

    private static String wordNumber(int n, int length) {
        char[] word = new char[length];
        for (int i = 0; i < length; i++) {
            word[i] = PLURAL_LETTERS[n % PLURAL_LETTERS.length];
            n /= PLURAL_LETTERS.length;
        }
        return new String(word);
    }
}
