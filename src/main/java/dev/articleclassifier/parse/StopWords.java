package dev.articleclassifier.parse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The commonest function words of the Latin-script languages {@link LanguageGuesser} tells apart, and a counter of
 * how often a text uses each language's words.
 *
 * <p>Counting runs on every story, so it avoids a String per word: an ASCII word of up to eight letters is folded
 * to lower case and packed, one byte a letter, into a {@code long} that is looked up in an open-addressing table.
 * Only a word with a non-ASCII letter ("été", "für") takes the slower path of a lower-cased substring and a map,
 * which keeps {@code toLowerCase(Locale.ROOT)}'s exact meaning for letters such as 'İ'.
 */
final class StopWords {

    /** Function words are short; longer words need no lookup, and eight ASCII letters fit in a {@code long}. */
    static final int MAX_STOP_WORD = 8;

    private static final String[][] LISTS = {
            {"en", "the of and to in is that for on with as was by at from it are be this has have had not but "
                    + "were which will its said an or their they been would who after over more about than into "
                    + "also he she his her we you there when up out new"},
            {"fr", "de le la les des du un une et est dans pour que qui sur pas au aux avec ce cette sont il elle ont "
                    + "été par plus ne se son sa ses nous vous leur mais ou était selon"},
            {"es", "de el la los las del un una y es en por que con para se su sus al lo como más pero fue ha han "
                    + "este esta está son también entre sobre según hasta desde"},
            {"de", "der die das und ist nicht mit den dem des ein eine einer auf für von zu im sich auch es "
                    + "wird wurde sind bei nach aus hat haben noch wie über oder"},
            {"pt", "de o os as um uma e é em do da dos das no na nos nas para com que não se por ao mais foi são "
                    + "como mas seu sua pelo pela também"},
            {"it", "il lo la gli le un una e è di del della dei delle nel nella per che non con si sono da al "
                    + "alla ha anche più come ma questo questa stato"},
            {"nl", "de het een en van in is dat op te met voor niet zijn aan er ook als bij door om naar uit "
                    + "maar wordt werd heeft hebben deze dit"},
    };
    private static final int TABLE_BITS = 10;
    /** For each stop word, the indexes into {@link #LISTS} of the languages that use it. */
    private static final Map<String, int[]> LANGUAGES_BY_WORD = index();
    private static final long[] ASCII_KEYS = new long[1 << TABLE_BITS];
    private static final int[][] ASCII_LANGUAGES = new int[1 << TABLE_BITS][];

    static {
        LANGUAGES_BY_WORD.forEach((word, languages) -> {
            long key = 0;
            for (int i = 0; i < word.length(); i++) {
                if (word.charAt(i) >= 0x80) {
                    return;
                }
                key = key << 8 | word.charAt(i);
            }
            int slot = slot(key);
            while (ASCII_KEYS[slot] != 0) {
                slot = (slot + 1) & (ASCII_KEYS.length - 1);
            }
            ASCII_KEYS[slot] = key;
            ASCII_LANGUAGES[slot] = languages;
        });
    }

    private StopWords() {
    }

    static int languageCount() {
        return LISTS.length;
    }

    /** The ISO 639-1 code of language {@code index}; English is index 0. */
    static String code(int index) {
        return LISTS[index][0];
    }

    /** What counting has read so far, across a headline and paragraphs. */
    static final class Tally {
        /** Function words seen, by index into the lists. */
        final int[] hits = new int[LISTS.length];
        int words;
        int letters;
        /** Whether a non-ASCII letter, or a surrogate that may be half of one, came within the letter window. */
        boolean nonAsciiLetter;
    }

    /**
     * Counts the words of {@code text} (runs of letters) into the tally, up to {@code maxWords} in all, adding one
     * to a language's hits for each of its function words. Notes on the way whether any of the first
     * {@code letterWindow} letters is not ASCII, so that the script check can be skipped for plain ASCII copy.
     */
    static void count(String text, Tally tally, int maxWords, int letterWindow) {
        int i = 0;
        int n = text.length();
        while (i < n && tally.words < maxWords) {
            for (char c; i < n && !isLetter(c = text.charAt(i)); i++) {
                if (Character.isSurrogate(c) && tally.letters < letterWindow) {
                    tally.nonAsciiLetter = true;
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
                if (!ascii && tally.letters < letterWindow) {
                    tally.nonAsciiLetter = true;
                }
                tally.words++;
                tally.letters += i - start;
                int[] languages = i - start > MAX_STOP_WORD ? null
                        : ascii ? asciiLanguages(key)
                        : LANGUAGES_BY_WORD.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (languages != null) {
                    for (int language : languages) {
                        tally.hits[language]++;
                    }
                }
            }
        }
    }

    private static boolean isLetter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    private static int[] asciiLanguages(long key) {
        for (int slot = slot(key); ASCII_KEYS[slot] != 0; slot = (slot + 1) & (ASCII_KEYS.length - 1)) {
            if (ASCII_KEYS[slot] == key) {
                return ASCII_LANGUAGES[slot];
            }
        }
        return null;
    }

    private static int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - TABLE_BITS));
    }

    private static Map<String, int[]> index() {
        Map<String, int[]> map = new HashMap<>();
        for (int l = 0; l < LISTS.length; l++) {
            for (String word : LISTS[l][1].split(" ")) {
                int[] existing = map.get(word);
                int[] merged = existing == null ? new int[1] : Arrays.copyOf(existing, existing.length + 1);
                merged[merged.length - 1] = l;
                map.put(word, merged);
            }
        }
        return map;
    }
}
