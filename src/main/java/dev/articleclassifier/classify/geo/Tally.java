package dev.articleclassifier.classify.geo;

import dev.articleclassifier.classify.Evidence;
import dev.articleclassifier.classify.RepeatFactor;
import dev.articleclassifier.classify.text.PhraseDictionary;
import java.util.Arrays;
import java.util.List;

/**
 * The mentions of one country in one article, by kind and by phrase, and the raw salience they add up to.
 * Plain arrays indexed by kind and by first-seen phrase: this runs for every place name of every article, and a
 * tally is {@link #reset} and used again for the next article that names its country.
 */
final class Tally {

    private static final MentionKind[] KINDS = MentionKind.values();

    private final int[] counts = new int[KINDS.length];
    private final double[] bestBoost = new double[KINDS.length];
    private int[] phrases = new int[4];
    private int[] phraseCounts = new int[4];
    private double[] phraseWeights = new double[4];
    private int distinctPhrases;
    private int strongMentions;
    private int weakMentions;

    void add(int phrase, MentionKind kind, boolean weak, double boost, double kindWeight) {
        counts[kind.ordinal()]++;
        bestBoost[kind.ordinal()] = Math.max(bestBoost[kind.ordinal()], boost);
        int at = 0;
        while (at < distinctPhrases && phrases[at] != phrase) {
            at++;
        }
        if (at == distinctPhrases) {
            if (at == phrases.length) {
                phrases = Arrays.copyOf(phrases, at * 2);
                phraseCounts = Arrays.copyOf(phraseCounts, at * 2);
                phraseWeights = Arrays.copyOf(phraseWeights, at * 2);
            }
            phrases[at] = phrase;
            distinctPhrases++;
        }
        phraseCounts[at]++;
        phraseWeights[at] = Math.max(phraseWeights[at], boost * kindWeight);
        if (weak) {
            weakMentions++;
        } else {
            strongMentions++;
        }
    }

    /** Empties this for the next article, keeping its arrays. */
    void reset() {
        Arrays.fill(counts, 0);
        Arrays.fill(bestBoost, 0);
        Arrays.fill(phraseWeights, 0, distinctPhrases, 0);
        Arrays.fill(phraseCounts, 0, distinctPhrases, 0);
        distinctPhrases = 0;
        strongMentions = 0;
        weakMentions = 0;
    }

    int mentions() {
        return strongMentions + weakMentions;
    }

    /** Raw salience; weak-only mentions count for nothing unless the dateline corroborates them. */
    double raw(SalienceSettings s, boolean dateline) {
        double raw = dateline ? s.datelineWeight() : 0;
        if (strongMentions == 0 && !dateline) {
            return 0;
        }
        for (int k = 0; k < KINDS.length; k++) {
            if (counts[k] > 0) {
                raw += s.weight(KINDS[k]) * bestBoost[k] * RepeatFactor.of(counts[k]);
            }
        }
        return raw;
    }

    /**
     * The names that fired, in order of first mention, after the dateline when it counted: an immutable list made
     * from an array of the exact size, which the record keeps as it is rather than copying it again.
     */
    List<Evidence> evidence(double datelineWeight, PhraseDictionary dictionary) {
        int dateline = datelineWeight > 0 ? 1 : 0;
        Evidence[] out = new Evidence[dateline + distinctPhrases];
        if (dateline > 0) {
            out[0] = new Evidence("(dateline)", 1, datelineWeight);
        }
        for (int i = 0; i < distinctPhrases; i++) {
            out[dateline + i] = new Evidence(dictionary.text(phrases[i]), phraseCounts[i], phraseWeights[i]);
        }
        return List.of(out);
    }
}
