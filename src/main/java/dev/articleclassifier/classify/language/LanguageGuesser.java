package dev.articleclassifier.classify.language;

import dev.articleclassifier.classify.text.TokenizedText;
import dev.articleclassifier.classify.text.Vocabulary;
import java.util.List;

/**
 * Guesses a story's language so that non-English copy is flagged rather than misclassified by English rules.
 * Latin-script languages are told apart by how many of their commonest function words the text uses; other
 * scripts (Cyrillic, Arabic, CJK, ...) are recognised by the script itself. Even a headline and one sentence
 * usually hold a few function words; a text with none is "und" (undetermined).
 *
 * <p>It reads the classifier's tokens of the headline and body where it can, so that a story's words are read
 * once for both language and tags; the result is the same as reading the text itself.
 */
public final class LanguageGuesser {

    /** The code of a text whose language could not be told. */
    public static final String UNDETERMINED = "und";
    /** Enough words to decide; reading further only costs time. */
    private static final int MAX_WORDS = 400;
    private static final int MAX_LETTERS = 2000;
    /** In a longer text, fewer function words than this share means a language without a list here. */
    private static final double MIN_SHARE = 0.08;
    private static final int MIN_WORDS_FOR_SHARE = 30;
    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();
    private LanguageGuesser() {
    }

    /** Marks the function words the guesser counts in {@code vocabulary}, for texts it tokenizes. */
    public static void markFunctionWords(Vocabulary vocabulary) {
        StopWords.mark(vocabulary);
    }

    /**
     * The ISO 639-1 code of the story's language, or {@link #UNDETERMINED}.
     *
     * @param tokens     the headline and paragraphs, in that order, tokenized; when the vocabulary they were
     *                   tokenized with had {@link #markFunctionWords} the words are counted from the tokens, else
     *                   read again from the text
     * @param headline   the headline the tokens begin with
     * @param paragraphs the paragraphs that follow it
     */
    public static String guess(TokenizedText tokens, String headline, List<String> paragraphs) {
        FunctionWordCounter tally = new FunctionWordCounter(MAX_WORDS, MAX_LETTERS, MIN_SHARE);
        if (tokens.asciiWords() && tokens.markedBy(StopWords.MARKS)) {
            tally.readTokens(tokens);
        } else {
            tally.read(headline);
            for (int p = 0; p < paragraphs.size() && tally.needsMore(); p++) {
                tally.read(paragraphs.get(p));
            }
        }
        // Without a non-ASCII letter in the window every letter the script check would count is Latin.
        if (tally.nonAsciiLetter) {
            String script = scriptLanguage(headline, paragraphs);
            if (script != null) {
                return script;
            }
        }
        String best = UNDETERMINED;
        int bestHits = 0;
        for (int l = 0; l < StopWords.languageCount(); l++) {
            // English wins ties: it is listed first and the desk's copy is mostly English.
            if (tally.hits(l) > bestHits) {
                best = StopWords.code(l);
                bestHits = tally.hits(l);
            }
        }
        if (tally.words >= MIN_WORDS_FOR_SHARE && bestHits < tally.words * MIN_SHARE) {
            return UNDETERMINED;
        }
        return best;
    }

    /** The language of a non-Latin script when most letters are in it, otherwise null. */
    private static String scriptLanguage(String headline, List<String> paragraphs) {
        int[] counts = new int[SCRIPTS.length];
        int letters = countScripts(headline, counts, 0);
        for (String paragraph : paragraphs) {
            if (letters >= MAX_LETTERS) {
                break;
            }
            letters = countScripts(paragraph, counts, letters);
        }
        int latin = counts[Character.UnicodeScript.LATIN.ordinal()];
        if (letters == 0 || latin * 2 >= letters) {
            return null;
        }
        int kana = counts[Character.UnicodeScript.HIRAGANA.ordinal()]
                + counts[Character.UnicodeScript.KATAKANA.ordinal()];
        if (kana > 0) {
            return "ja";
        }
        int top = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[top]) {
                top = i;
            }
        }
        return switch (SCRIPTS[top]) {
            case CYRILLIC -> "ru";
            case ARABIC -> "ar";
            case HAN -> "zh";
            case HANGUL -> "ko";
            case GREEK -> "el";
            case HEBREW -> "he";
            case THAI -> "th";
            case DEVANAGARI -> "hi";
            default -> UNDETERMINED;
        };
    }

    private static int countScripts(String text, int[] counts, int soFar) {
        int letters = soFar;
        int latin = Character.UnicodeScript.LATIN.ordinal();
        for (int i = 0; i < text.length() && letters < MAX_LETTERS; ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                i++;
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    letters++;
                    counts[latin]++;
                }
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                counts[Character.UnicodeScript.of(cp).ordinal()]++;
            }
        }
        return letters;
    }
}
