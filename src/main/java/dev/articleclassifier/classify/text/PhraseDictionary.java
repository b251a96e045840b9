package dev.articleclassifier.classify.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled, immutable set of words and multi-word phrases found in a tokenized text by leftmost-longest,
 * non-overlapping matching: at each token the longest phrase that starts there wins ("Papua New Guinea" over
 * "Guinea", "suicide bomber" over "bomber") and matching resumes after it. Looking up a token is one hash probe
 * done once per document by the shared {@link Vocabulary}; candidates are only the phrases starting with that
 * word, so the cost is linear in the text whatever the number of phrases. Thread-safe once built.
 */
public final class PhraseDictionary {

    private static final int[] NONE = new int[0];

    private final String[] texts;
    private final CaseMode[] modes;
    private final int[][] words;
    private final int[] capitalMasks;
    private final int[][] byFirstFolded;
    private final int[][] byFirstExact;
    private final boolean exactInShoutingLines;

    private PhraseDictionary(Builder b) {
        int n = b.texts.size();
        texts = b.texts.toArray(new String[0]);
        modes = b.modes.toArray(new CaseMode[0]);
        words = b.words.toArray(new int[0][]);
        capitalMasks = toArray(b.capitalMasks);
        exactInShoutingLines = b.exactInShoutingLines;
        byFirstFolded = index(n, false);
        byFirstExact = index(n, true);
    }

    public static Builder builder(Vocabulary vocabulary) {
        return new Builder(vocabulary);
    }

    public int size() {
        return texts.length;
    }

    /** The phrase as first written. */
    public String text(int phraseId) {
        return texts[phraseId];
    }

    /**
     * Reports every leftmost-longest match in {@code text}, whose ids the shared vocabulary has assigned. When
     * phrases of the same length match at the same place (the same words under different case modes, as when
     * "AIDS" is an exact term of one topic and "aid" a term of another), each is reported.
     */
    public void match(TokenizedText text, MatchSink sink) {
        int size = text.size;
        int t = 0;
        while (t < size) {
            int[] foldedCandidates = candidates(byFirstFolded, text.foldId[t]);
            int[] exactCandidates = candidates(byFirstExact, text.exactId[t]);
            int bestLength = Math.max(longestLength(foldedCandidates, text, t), longestLength(exactCandidates, text, t));
            if (bestLength == 0) {
                t++;
                continue;
            }
            reportAll(foldedCandidates, text, t, bestLength, sink);
            reportAll(exactCandidates, text, t, bestLength, sink);
            t += bestLength;
        }
    }

    private static int[] candidates(int[][] index, int id) {
        return id >= 0 && id < index.length ? index[id] : NONE;
    }

    /** Length of the longest candidate matching at {@code t}, or 0; candidates are sorted longest first. */
    private int longestLength(int[] candidates, TokenizedText text, int t) {
        int phrase = longest(candidates, text, t);
        return phrase < 0 ? 0 : words[phrase].length;
    }

    private void reportAll(int[] candidates, TokenizedText text, int t, int length, MatchSink sink) {
        for (int phrase : candidates) {
            if (words[phrase].length == length && matchesAt(phrase, text, t)) {
                sink.onMatch(phrase, t, length);
            }
        }
    }

    /** The first (so longest) candidate that matches at token {@code t}, or -1. */
    private int longest(int[] candidates, TokenizedText text, int t) {
        for (int phrase : candidates) {
            if (matchesAt(phrase, text, t)) {
                return phrase;
            }
        }
        return -1;
    }

    private boolean matchesAt(int phrase, TokenizedText text, int t) {
        int[] ids = words[phrase];
        if (t + ids.length > text.size) {
            return false;
        }
        CaseMode mode = modes[phrase];
        if (mode == CaseMode.EXACT) {
            if (!exactInShoutingLines && (text.flags[t] & TokenizedText.SHOUTING_LINE) != 0) {
                return false;
            }
            for (int k = 0; k < ids.length; k++) {
                if (text.exactId[t + k] != ids[k]) {
                    return false;
                }
            }
            return true;
        }
        int mask = capitalMasks[phrase];
        for (int k = 0; k < ids.length; k++) {
            if (text.foldId[t + k] != ids[k]) {
                return false;
            }
            if ((mask & (1 << k)) != 0 && (text.flags[t + k] & TokenizedText.CAPITALIZED) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Phrases by first word id, longest first. Plain loops, no lambdas or streams: this runs on the Lambda
     * cold-start path, where each first use of a lambda or stream costs class loading and bootstrap time.
     */
    private int[][] index(int n, boolean exact) {
        int maxId = -1;
        for (int p = 0; p < n; p++) {
            if ((modes[p] == CaseMode.EXACT) == exact) {
                maxId = Math.max(maxId, words[p][0]);
            }
        }
        int[] counts = new int[maxId + 1];
        for (int p = 0; p < n; p++) {
            if ((modes[p] == CaseMode.EXACT) == exact) {
                counts[words[p][0]]++;
            }
        }
        int[][] index = new int[maxId + 1][];
        for (int id = 0; id <= maxId; id++) {
            index[id] = counts[id] == 0 ? NONE : new int[counts[id]];
            counts[id] = 0;
        }
        for (int p = 0; p < n; p++) {
            if ((modes[p] == CaseMode.EXACT) == exact) {
                int[] list = index[words[p][0]];
                int at = counts[words[p][0]]++;
                // insertion keeps each list sorted by length, longest first
                while (at > 0 && words[list[at - 1]].length < words[p].length) {
                    list[at] = list[at - 1];
                    at--;
                }
                list[at] = p;
            }
        }
        return index;
    }

    private static int[] toArray(List<Integer> values) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    /** Identity of a phrase: the same words, case mode and capitals are the same phrase. */
    private record PhraseKey(CaseMode mode, int capitals, int[] words) {
        @Override
        public boolean equals(Object o) {
            return o instanceof PhraseKey k && k.mode == mode && k.capitals == capitals && Arrays.equals(k.words, words);
        }

        @Override
        public int hashCode() {
            return (mode.ordinal() * 31 + capitals) * 31 + Arrays.hashCode(words);
        }
    }

    /** Collects phrases; the same words with the same case mode are one phrase, whatever their spelling. */
    public static final class Builder {
        private final Vocabulary vocabulary;
        private final List<String> texts = new ArrayList<>();
        private final List<CaseMode> modes = new ArrayList<>();
        private final List<int[]> words = new ArrayList<>();
        private final List<Integer> capitalMasks = new ArrayList<>();
        private final Map<PhraseKey, Integer> ids = new HashMap<>();
        private boolean exactInShoutingLines = true;

        private Builder(Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
        }

        /** Whether case-exact phrases may match in all-caps lines, where case says nothing ("CHINA IS ..."). */
        public Builder exactInShoutingLines(boolean allowed) {
            this.exactInShoutingLines = allowed;
            return this;
        }

        /**
         * Adds a phrase and returns its id (an existing id when the same phrase was added before).
         *
         * @throws IllegalArgumentException when the phrase has no word, more than 32 words, or is EXACT without
         *                                  an upper-case letter (exact matching only looks at such tokens)
         */
        public int add(String phrase, CaseMode mode) {
            // words are cut exactly as the tokenizer cuts text, so a term and its occurrences agree
            int[] ids = new int[32];
            int n = 0;
            int capitals = 0;
            int i = 0;
            while (i < phrase.length()) {
                if (!Tokenizer.isWordChar(phrase.charAt(i))) {
                    i++;
                    continue;
                }
                int from = i;
                boolean hasUpper = false;
                while (i < phrase.length() && Tokenizer.isWordChar(phrase.charAt(i))) {
                    hasUpper |= Character.isUpperCase(phrase.charAt(i));
                    i++;
                }
                if (n == ids.length) {
                    throw new IllegalArgumentException("a term needs 1 to 32 words: \"" + phrase + "\"");
                }
                String word = phrase.substring(from, i);
                if (mode == CaseMode.EXACT) {
                    if (!hasUpper) {
                        throw new IllegalArgumentException(
                                "an exact-case term needs an upper-case letter in each word: \"" + phrase + "\"");
                    }
                    ids[n] = vocabulary.exactId(word);
                } else {
                    ids[n] = vocabulary.foldedId(word);
                }
                if (mode == CaseMode.CAPITALIZED && Character.isUpperCase(word.charAt(0))) {
                    capitals |= 1 << n;
                }
                n++;
            }
            if (n == 0) {
                throw new IllegalArgumentException("a term needs 1 to 32 words: \"" + phrase + "\"");
            }
            ids = Arrays.copyOf(ids, n);
            PhraseKey key = new PhraseKey(mode, capitals, ids);
            Integer existing = this.ids.get(key);
            if (existing != null) {
                return existing;
            }
            int id = texts.size();
            this.ids.put(key, id);
            texts.add(phrase);
            modes.add(mode);
            words.add(ids);
            capitalMasks.add(capitals);
            return id;
        }

        public PhraseDictionary build() {
            return new PhraseDictionary(this);
        }
    }
}
