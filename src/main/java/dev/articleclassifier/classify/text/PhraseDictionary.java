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

    private final String[] texts;
    private final CandidateIndex byFirstFolded;
    private final CandidateIndex byFirstExact;
    private final boolean exactInShoutingLines;
    private final Vocabulary vocabulary;
    /** This dictionary's phrase-start bit in the vocabulary ({@link Vocabulary#newStartBit}). */
    private final int startBit;

    private PhraseDictionary(Builder b) {
        int n = b.texts.size();
        texts = b.texts.toArray(new String[0]);
        int[][] words = b.words.toArray(new int[0][]);
        int[] capitalMasks = toArray(b.capitalMasks);
        exactInShoutingLines = b.exactInShoutingLines;
        boolean[] exact = new boolean[n];
        boolean[] folded = new boolean[n];
        for (int p = 0; p < n; p++) {
            exact[p] = b.modes.get(p) == CaseMode.EXACT;
            folded[p] = !exact[p];
        }
        byFirstFolded = new CandidateIndex(words, capitalMasks, folded);
        byFirstExact = new CandidateIndex(words, capitalMasks, exact);
        vocabulary = b.vocabulary;
        startBit = vocabulary.newStartBit();
        for (int p = 0; p < n; p++) {
            vocabulary.markStart(startBit, words[p][0], exact[p]);
        }
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
        Positions positions = Positions.borrow(text.size);
        try {
            matchAt(positions.buffer, phraseStarts(text, positions.buffer), text, sink);
        } finally {
            positions.giveBack();
        }
    }

    /** Matches at the {@code candidates} token positions listed in {@code starts}. */
    private void matchAt(int[] starts, int candidates, TokenizedText text, MatchSink sink) {
        int[] folded = byFirstFolded.packed;
        int[] exact = byFirstExact.packed;
        int resume = 0;
        for (int i = 0; i < candidates; i++) {
            int t = starts[i];
            if (t < resume) {
                continue;
            }
            int foldedList = byFirstFolded.list(text.foldId[t]);
            int exactList = byFirstExact.list(text.exactId[t]);
            if (!exactInShoutingLines && (text.flags[t] & TokenizedText.SHOUTING_LINE) != 0) {
                exactList = 0;
            }
            // the first candidate that matches is the longest of its list; same-length ones may follow it
            int foldedHit = foldedList == 0 ? -1 : firstMatch(byFirstFolded, foldedList, text, t, false);
            int exactHit = exactList == 0 ? -1 : firstMatch(byFirstExact, exactList, text, t, true);
            int foldedLength = foldedHit < 0 ? 0 : folded[foldedHit + CandidateIndex.LENGTH];
            int exactLength = exactHit < 0 ? 0 : exact[exactHit + CandidateIndex.LENGTH];
            int bestLength = Math.max(foldedLength, exactLength);
            if (bestLength == 0) {
                continue;
            }
            if (foldedLength == bestLength) {
                reportFrom(folded, foldedHit, folded[foldedList + CandidateIndex.END], text, t, false, sink);
            }
            if (exactLength == bestLength) {
                reportFrom(exact, exactHit, exact[exactList + CandidateIndex.END], text, t, true, sink);
            }
            resume = t + bestLength;
        }
    }

    /**
     * Writes to {@code out} the tokens where some phrase starts, in order, and returns how many. Whether a phrase
     * starts at a token is a coin toss the processor cannot predict, so this pass takes no branch on it: every
     * token is written, and the count only advances past those that qualify.
     */
    private int phraseStarts(TokenizedText text, int[] out) {
        if (text.vocabulary == vocabulary && startBit < text.startBits) {
            // the lookup that gave the tokens their ids noted which dictionaries' phrases they may start
            int[] flags = text.flags;
            int shift = TokenizedText.STARTS_SHIFT + startBit;
            int n = 0;
            for (int t = 0; t < text.size; t++) {
                out[n] = t;
                n += flags[t] >>> shift & 1;
            }
            return n;
        }
        // tokens identified before this dictionary was built: its candidate index says where phrases start
        int[] foldIds = text.foldId;
        int[] exactIds = text.exactId;
        int n = 0;
        for (int t = 0; t < text.size; t++) {
            out[n] = t;
            int lists = byFirstFolded.list(foldIds[t]) | byFirstExact.list(exactIds[t]);
            n += (lists | -lists) >>> 31;
        }
        return n;
    }

    /**
     * A buffer of token positions, lent to one {@link #match} call at a time: each thread keeps one for its next
     * call, so matching allocates nothing per article, yet a sink that itself matches gets a buffer of its own.
     * A buffer grown for a huge text is not kept.
     */
    private static final class Positions {
        private static final int KEPT_AT_MOST = 1 << 16;
        private static final ThreadLocal<Positions> SPARE = new ThreadLocal<>();

        private int[] buffer;

        private Positions(int capacity) {
            buffer = new int[capacity];
        }

        static Positions borrow(int tokens) {
            Positions spare = SPARE.get();
            if (spare == null) {
                return new Positions(Math.max(tokens, 1024));
            }
            SPARE.set(null);
            if (spare.buffer.length < tokens) {
                spare.buffer = new int[Math.max(tokens, spare.buffer.length * 2)];
            }
            return spare;
        }

        void giveBack() {
            if (buffer.length <= KEPT_AT_MOST) {
                SPARE.set(this);
            }
        }
    }

    /** Offset of the first candidate record of the list at {@code list} that matches at {@code t}, or -1. */
    private static int firstMatch(CandidateIndex index, int list, TokenizedText text, int t, boolean exact) {
        int[] packed = index.packed;
        int end = packed[list + CandidateIndex.END];
        int next = t + 1 < text.size ? (exact ? text.exactId : text.foldId)[t + 1] : -1;
        for (int r = index.firstToTry(list, next); r < end; ) {
            if (matchesAt(packed, r, text, t, exact)) {
                return r;
            }
            r += CandidateIndex.REST + packed[r + CandidateIndex.LENGTH] - 1;
        }
        return -1;
    }

    /** Reports the matching record at {@code hit} and every later one of the same length that matches too. */
    private static void reportFrom(int[] packed, int hit, int end, TokenizedText text, int t, boolean exact,
                                   MatchSink sink) {
        int length = packed[hit + CandidateIndex.LENGTH];
        sink.onMatch(packed[hit + CandidateIndex.PHRASE], t, length);
        for (int r = hit + CandidateIndex.REST + length - 1; r < end && packed[r + CandidateIndex.LENGTH] == length;
                r += CandidateIndex.REST + length - 1) {
            if (matchesAt(packed, r, text, t, exact)) {
                sink.onMatch(packed[r + CandidateIndex.PHRASE], t, length);
            }
        }
    }

    /**
     * Whether the candidate record at {@code r} matches at token {@code t}, whose first word it shares: exact
     * candidates by exact ids, the others by folded ids and the capitals the phrase requires.
     */
    private static boolean matchesAt(int[] packed, int r, TokenizedText text, int t, boolean exact) {
        int length = packed[r + CandidateIndex.LENGTH];
        if (t + length > text.size) {
            return false;
        }
        int[] ids = exact ? text.exactId : text.foldId;
        for (int k = 1; k < length; k++) {
            if (ids[t + k] != packed[r + CandidateIndex.REST + k - 1]) {
                return false;
            }
        }
        int mask = packed[r + CandidateIndex.CAPITALS];
        return mask == 0 || capitalsPresent(mask, text, t, length);
    }

    private static boolean capitalsPresent(int mask, TokenizedText text, int t, int length) {
        for (int k = 0; k < length; k++) {
            if ((mask & (1 << k)) != 0 && (text.flags[t + k] & TokenizedText.CAPITALIZED) == 0) {
                return false;
            }
        }
        return true;
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
            // the vocabulary reads each word straight from the phrase's characters: no string per word
            char[] chars = phrase.toCharArray();
            while (i < chars.length) {
                if (!Tokenizer.isWordChar(chars[i])) {
                    i++;
                    continue;
                }
                int from = i;
                boolean hasUpper = false;
                while (i < chars.length && Tokenizer.isWordChar(chars[i])) {
                    hasUpper |= Character.isUpperCase(chars[i]);
                    i++;
                }
                if (n == ids.length) {
                    throw new IllegalArgumentException("a term needs 1 to 32 words: \"" + phrase + "\"");
                }
                if (mode == CaseMode.EXACT) {
                    if (!hasUpper) {
                        throw new IllegalArgumentException(
                                "an exact-case term needs an upper-case letter in each word: \"" + phrase + "\"");
                    }
                    ids[n] = vocabulary.exactId(chars, from, i);
                } else {
                    ids[n] = vocabulary.foldedId(chars, from, i);
                }
                if (mode == CaseMode.CAPITALIZED && Character.isUpperCase(chars[from])) {
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
