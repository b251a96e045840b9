package dev.articleclassifier.parse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses a story's language so that non-English copy is flagged rather than misclassified by English rules.
 * Latin-script languages are told apart by how many of their commonest function words the text uses; other
 * scripts (Cyrillic, Arabic, CJK, ...) are recognised by the script itself. Even a headline and one sentence
 * usually hold a few function words; a text with none is "und" (undetermined).
 */
final class LanguageGuesser {

    static final String UNDETERMINED = "und";
    /** Enough words to decide; reading further only costs time. */
    private static final int MAX_WORDS = 400;
    private static final int MAX_LETTERS = 2000;
    private static final int MAX_STOP_WORD = 8;
    /** In a longer text, fewer function words than this share means a language without a list here. */
    private static final double MIN_SHARE = 0.08;
    private static final int MIN_WORDS_FOR_SHARE = 30;

    private static final String[][] STOP_WORDS = {
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
    /** For each stop word, the indexes into {@link #STOP_WORDS} of the languages that use it. */
    private static final Map<String, int[]> LANGUAGES_BY_WORD = index();
    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

    private LanguageGuesser() {
    }

    static String guess(String headline, List<String> paragraphs) {
        String script = scriptLanguage(headline, paragraphs);
        if (script != null) {
            return script;
        }
        int[] hits = new int[STOP_WORDS.length];
        int words = countStopWords(headline, hits, 0);
        for (String paragraph : paragraphs) {
            if (words >= MAX_WORDS) {
                break;
            }
            words = countStopWords(paragraph, hits, words);
        }
        String best = UNDETERMINED;
        int bestHits = 0;
        for (int l = 0; l < STOP_WORDS.length; l++) {
            // English wins ties: it is listed first and the desk's copy is mostly English.
            if (hits[l] > bestHits) {
                best = STOP_WORDS[l][0];
                bestHits = hits[l];
            }
        }
        if (words >= MIN_WORDS_FOR_SHARE && bestHits < words * MIN_SHARE) {
            return UNDETERMINED;
        }
        return best;
    }

    private static int countStopWords(String text, int[] hits, int wordsSoFar) {
        int words = wordsSoFar;
        int i = 0;
        int n = text.length();
        while (i < n && words < MAX_WORDS) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                // Function words are short; longer words need no lookup.
                int[] languages = i - start > MAX_STOP_WORD ? null
                        : LANGUAGES_BY_WORD.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (languages != null) {
                    for (int language : languages) {
                        hits[language]++;
                    }
                }
            }
        }
        return words;
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

    private static Map<String, int[]> index() {
        Map<String, int[]> map = new HashMap<>();
        for (int l = 0; l < STOP_WORDS.length; l++) {
            for (String word : STOP_WORDS[l][1].split(" ")) {
                int[] existing = map.get(word);
                int[] merged = existing == null ? new int[1] : Arrays.copyOf(existing, existing.length + 1);
                merged[merged.length - 1] = l;
                map.put(word, merged);
            }
        }
        return map;
    }
}
