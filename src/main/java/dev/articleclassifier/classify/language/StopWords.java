package dev.articleclassifier.classify.language;

import dev.articleclassifier.classify.text.Vocabulary;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The commonest function words of the Latin-script languages {@link LanguageGuesser} tells apart.
 *
 * <p>Lookups run for every word of every story, so they avoid a String per word: an ASCII word of up to eight
 * letters is folded to lower case and packed, one byte a letter, into a {@code long} that is looked up in an
 * open-addressing table. Only a word with a non-ASCII letter ("été", "für") takes the slower path of a lower-cased
 * substring and a map, which keeps {@code toLowerCase(Locale.ROOT)}'s exact meaning for letters such as 'İ'.
 *
 * <p>A lookup answers with a tally: a {@code long} holding one {@value #TALLY_BITS}-bit count per language, 1 for
 * each language whose list has the word. Adding up the tallies of a story's words counts every language's function
 * words at once, with no loop over the languages per word.
 */
final class StopWords {

    /** Function words are short; longer words need no lookup, and eight ASCII letters fit in a {@code long}. */
    static final int MAX_STOP_WORD = 8;
    /** Bits of a tally's count per language. */
    static final int TALLY_BITS = 9;
    /** The highest count a tally holds before it would spill into the next language's. */
    static final int MAX_TALLY_COUNT = (1 << TALLY_BITS) - 1;

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
    /** For each stop word, the tally of the languages (indexes into {@link #LISTS}) that use it. */
    private static final Map<String, Long> TALLY_BY_WORD = index();
    private static final long[] ASCII_KEYS = new long[1 << TABLE_BITS];
    private static final long[] ASCII_TALLIES = new long[1 << TABLE_BITS];
    /** The owner of the marks {@link #mark} gives words: tokens marked by it carry languages. */
    static final Object MARKS = new Object() {
        @Override
        public String toString() {
            return "the language guesser's function words";
        }
    };
    /** The tally of a word by its marks: one count per language whose bit is set. */
    private static final long[] TALLY_BY_MARKS = talliesByMarks();

    static {
        if (LISTS.length * TALLY_BITS > Long.SIZE || LISTS.length > 8) {
            throw new IllegalStateException("a tally has no room for " + LISTS.length + " languages");
        }
        TALLY_BY_WORD.forEach((word, tally) -> {
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
            ASCII_TALLIES[slot] = tally;
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

    /**
     * The tally of the languages whose function word is the ASCII word packed into {@code key}, one lower-case byte
     * a letter; 0 for a word on no list.
     */
    static long asciiTally(long key) {
        for (int slot = slot(key); ASCII_KEYS[slot] != 0; slot = (slot + 1) & (ASCII_KEYS.length - 1)) {
            if (ASCII_KEYS[slot] == key) {
                return ASCII_TALLIES[slot];
            }
        }
        return 0;
    }

    /** The tally of the languages whose function word {@code word} is, compared in lower case; for non-ASCII words. */
    static long tally(String word) {
        return TALLY_BY_WORD.getOrDefault(word.toLowerCase(Locale.ROOT), 0L);
    }

    /**
     * Marks every ASCII function word in {@code vocabulary} with the languages that use it, bit {@code l} for
     * language {@code l}, so that tokens carry them; {@link #tallyOfMarks} turns marks back into a tally.
     */
    static void mark(Vocabulary vocabulary) {
        for (Map.Entry<String, Long> entry : TALLY_BY_WORD.entrySet()) {
            if (isAscii(entry.getKey())) {
                int bits = 0;
                for (int l = 0; l < LISTS.length; l++) {
                    if (count(entry.getValue(), l) > 0) {
                        bits |= 1 << l;
                    }
                }
                vocabulary.mark(MARKS, entry.getKey(), bits);
            }
        }
    }

    /** The tally of one word whose marks ({@link #mark}) are {@code marks}. */
    static long tallyOfMarks(int marks) {
        return TALLY_BY_MARKS[marks & (TALLY_BY_MARKS.length - 1)];
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static long[] talliesByMarks() {
        long[] tallies = new long[1 << LISTS.length];
        for (int marks = 0; marks < tallies.length; marks++) {
            for (int l = 0; l < LISTS.length; l++) {
                if ((marks & 1 << l) != 0) {
                    tallies[marks] += 1L << (l * TALLY_BITS);
                }
            }
        }
        return tallies;
    }

    /** How many words {@code tally}, a sum of word tallies, counts for language {@code index}. */
    static int count(long tally, int index) {
        return (int) (tally >>> (index * TALLY_BITS)) & MAX_TALLY_COUNT;
    }

    private static int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - TABLE_BITS));
    }

    private static Map<String, Long> index() {
        Map<String, Long> map = new HashMap<>();
        for (int l = 0; l < LISTS.length; l++) {
            long one = 1L << (l * TALLY_BITS);
            for (String word : LISTS[l][1].split(" ")) {
                map.merge(word, one, Long::sum);
            }
        }
        return map;
    }
}
