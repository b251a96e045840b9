package dev.articleclassifier.classify.text;

/**
 * The phrases of a {@link PhraseDictionary} grouped by first word id, longest first, packed into one int array so
 * that trying the candidates at a token reads consecutive memory instead of one small array per phrase: the
 * matcher runs at every token of every article, and scattered reads were most of its cost.
 *
 * <p>{@link #list(int)} gives where a word's list starts (0 for none). A list opens with a header: where it
 * ends, where its one-word candidates start, and a 64-bit filter of the second words of its longer candidates
 * (most lists are "new" or "bank" followed by a dozen names, and the next word usually rules them all out).
 * One record per candidate follows: phrase id, word count, capital mask, then the ids of the words after the
 * first (the first is the word the list belongs to).
 */
final class CandidateIndex {

    /** Header fields, relative to the list start. */
    static final int END = 0;
    static final int SINGLES = 1;
    static final int SECOND_WORDS_LOW = 2;
    static final int SECOND_WORDS_HIGH = 3;
    static final int HEADER = 4;

    /** Record fields, relative to the record start. */
    static final int PHRASE = 0;
    static final int LENGTH = 1;
    static final int CAPITALS = 2;
    static final int REST = 3;

    private final int[] starts;
    final int[] packed;

    /**
     * Indexes the phrases for which {@code include} is set; within a list, longer phrases come first and phrases
     * of one length keep their id order, the order in which matches are reported. Plain loops, no lambdas or
     * streams: this runs on the Lambda cold-start path.
     */
    CandidateIndex(int[][] words, int[] capitalMasks, boolean[] include) {
        int[][] lists = byFirstWord(words, include);
        starts = new int[lists.length + 2];
        int size = 1;
        for (int[] list : lists) {
            if (list != null) {
                size += HEADER;
                for (int p : list) {
                    size += REST + words[p].length - 1;
                }
            }
        }
        packed = new int[size];
        int at = 1;
        for (int id = 0; id < lists.length; id++) {
            if (lists[id] != null) {
                starts[id + 1] = at;
                int r = at + HEADER;
                long secondWords = 0;
                packed[at + SINGLES] = -1;
                for (int p : lists[id]) {
                    if (words[p].length > 1) {
                        secondWords |= 1L << words[p][1];
                    } else if (packed[at + SINGLES] < 0) {
                        packed[at + SINGLES] = r;
                    }
                    packed[r + PHRASE] = p;
                    packed[r + LENGTH] = words[p].length;
                    packed[r + CAPITALS] = capitalMasks[p];
                    System.arraycopy(words[p], 1, packed, r + REST, words[p].length - 1);
                    r += REST + words[p].length - 1;
                }
                if (packed[at + SINGLES] < 0) {
                    packed[at + SINGLES] = r;
                }
                packed[at + SECOND_WORDS_LOW] = (int) secondWords;
                packed[at + SECOND_WORDS_HIGH] = (int) (secondWords >>> 32);
                packed[at + END] = r;
                at = r;
            }
        }
    }

    /**
     * Where trying the candidates of the list at {@code list} starts when the next token's id is {@code next}
     * (-1 for none): at the first record, unless no longer candidate can have that second word, then at the
     * one-word candidates (lists are sorted longest first).
     */
    int firstToTry(int list, int next) {
        int filter = packed[list + (next & 32) / 32 + SECOND_WORDS_LOW];
        return next >= 0 && (filter & 1 << next) != 0 ? list + HEADER : packed[list + SINGLES];
    }

    /** Phrase ids by first word id (null where none), longest first, ties in id order. */
    private static int[][] byFirstWord(int[][] words, boolean[] include) {
        int maxId = -1;
        for (int p = 0; p < words.length; p++) {
            if (include[p]) {
                maxId = Math.max(maxId, words[p][0]);
            }
        }
        int[] counts = new int[maxId + 1];
        for (int p = 0; p < words.length; p++) {
            if (include[p]) {
                counts[words[p][0]]++;
            }
        }
        int[][] lists = new int[maxId + 1][];
        for (int id = 0; id <= maxId; id++) {
            lists[id] = counts[id] == 0 ? null : new int[counts[id]];
            counts[id] = 0;
        }
        for (int p = 0; p < words.length; p++) {
            if (include[p]) {
                int[] list = lists[words[p][0]];
                int at = counts[words[p][0]]++;
                // insertion keeps each list sorted by length, longest first, and stable
                while (at > 0 && words[list[at - 1]].length < words[p].length) {
                    list[at] = list[at - 1];
                    at--;
                }
                list[at] = p;
            }
        }
        return lists;
    }

    /**
     * Where the candidate list of word {@code id} (-1 for a word in no term) starts in {@link #packed}, or 0 when
     * no phrase starts with it. Branch-free: {@code starts} is shifted by one, with a 0 at each end, read for -1
     * and for ids above the indexed ones (words added to the vocabulary after this index).
     */
    int list(int id) {
        return starts[Math.min(id + 1, starts.length - 1)];
    }
}
