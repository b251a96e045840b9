package dev.articleclassifier.classify;

import dev.articleclassifier.classify.TopicMiss.StopRule;
import dev.articleclassifier.classify.rules.RuleSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which topics with evidence an article carries, and says why for each, from the per-topic sums that
 * {@link TopicScorer} gathered. The rules, in order:
 * <ol>
 *   <li>a topic whose only evidence is supporting terms (names) is never tagged;</li>
 *   <li>a topic that requires terms needs one of them;</li>
 *   <li>its raw score, after negative terms, must stay above zero, and its score must reach its threshold;</li>
 *   <li>the strongest topic left is tagged; every further one must reach {@link RuleSettings#secondaryShare()}
 *       of the strongest one's raw score and have evidence from {@link RuleSettings#secondaryMinTerms()}
 *       distinct direct terms (one fewer when one of them is in the headline);</li>
 *   <li>at most {@link RuleSettings#maxTopics()} are tagged.</li>
 * </ol>
 * Every figure a rule compares is in its sentence, shown precisely enough that a figure below its limit never
 * reads as equal to it, so a reader can check the decision against the evidence on the record.
 */
final class TopicDecider {

    /**
     * The outcome for one topic: tagged ({@code stop == null}) or stopped by a rule, with the exact figures the
     * rule compared. The sentence that explains it is built only on request ({@link #why}): most decisions of an
     * article are never shown, and building text for each would cost more than deciding.
     *
     * @param score     the exact score compared with the threshold (records show it rounded)
     * @param strongest whether it is the article's strongest topic
     * @param threshold the threshold its score was compared with
     * @param share     its raw score as a share of the strongest topic's (1 for the strongest)
     * @param terms     distinct direct terms of its evidence (names not counted)
     * @param headline  whether one of its direct terms is in the headline
     * @param evidence  the sum of its positive contributions
     * @param against   the sum of its negative terms' contributions, as a positive number
     */
    record Decision(int topic, double score, StopRule stop, boolean strongest, double threshold, double share,
                    int terms, boolean headline, double evidence, double against) {

        /** Why it was tagged or stopped, in words, with the figures compared. */
        String why(RuleSettings settings, List<String> requires) {
            int needed = settings.secondaryMinTerms() - (headline ? 1 : 0);
            String termsText = terms + (terms == 1 ? " distinct term" : " distinct terms")
                    + (headline ? ", one in the headline" : "");
            if (stop == null) {
                return strongest
                        ? "strongest topic, score " + figure(score, threshold) + " reaches the threshold "
                                + figure(threshold, score)
                        : "score " + figure(score) + ", " + percent(share, settings.secondaryShare())
                                + " of the strongest topic's raw score (needs " + percent(settings.secondaryShare())
                                + "), " + termsText + " (needs " + needed + ")";
            }
            return switch (stop) {
                case SUPPORT -> "only supporting terms (names of places, people or bodies), which never decide a topic";
                case REQUIRES -> "none of its required terms occurs (" + listed(requires) + ")";
                case NEGATIVE -> "its negative terms (" + figure(against) + ") outweigh its evidence ("
                        + figure(evidence) + ")";
                case THRESHOLD -> "score " + figure(score, threshold) + " is below the threshold "
                        + figure(threshold, score);
                case SECONDARY_SHARE -> percent(share, settings.secondaryShare())
                        + " of the strongest topic's raw score, a further topic needs "
                        + percent(settings.secondaryShare(), share);
                case SECONDARY_MIN_TERMS -> termsText + ", a further topic needs " + needed
                        + (headline ? "" : " (one fewer with a headline term)");
                case MAX_TOPICS -> "the record already carries the most topics allowed (maxTopics "
                        + settings.maxTopics() + ")";
            };
        }
    }

    /** What the scorer found for one article, per topic index. */
    record Sums(double[] raw, double[] against, int[] directTerms, boolean[] headlineTerm, boolean[] requirementMet,
                int topics) {
    }

    private static final int LISTED_TERMS = 5;

    private final RuleSettings settings;
    private final double[] thresholds;

    TopicDecider(RuleSettings settings, double[] thresholds) {
        this.settings = settings;
        this.thresholds = thresholds.clone();
    }

    /**
     * The decisions of an article: the tagged topics, strongest first, then at most {@code missLimit} of the
     * stopped ones, by raw score (ties in rules order). {@code lengthFactor} scales raw scores to scores as
     * {@link RuleSettings} describes. Topics are visited once, strongest first, so the first topic that passes
     * the per-topic rules is the strongest, and decisions are made only for what the record keeps.
     */
    List<Decision> decide(Sums sums, double lengthFactor, int missLimit) {
        int[] order = byRawScore(sums);
        List<Decision> tagged = new ArrayList<>(settings.maxTopics());
        List<Decision> stopped = new ArrayList<>(missLimit);
        double strongestRaw = 0;
        for (int t : order) {
            if (t < 0) {
                break;
            }
            double raw = sums.raw()[t];
            double score = score(raw, lengthFactor);
            StopRule stop = null;
            if (sums.directTerms()[t] == 0) {
                stop = StopRule.SUPPORT;
            } else if (!sums.requirementMet()[t]) {
                stop = StopRule.REQUIRES;
                score = 0;
            } else if (raw <= 0) {
                stop = StopRule.NEGATIVE;
            } else if (score < thresholds[t]) {
                stop = StopRule.THRESHOLD;
            }
            boolean strongest = stop == null && tagged.isEmpty();
            double share = 1;
            if (strongest) {
                strongestRaw = raw;
            } else if (stop == null) {
                share = raw / strongestRaw;
                stop = furtherStop(share, sums.directTerms()[t], sums.headlineTerm()[t], tagged.size());
            }
            if (stop == null || stopped.size() < missLimit) {
                Decision d = new Decision(t, score, stop, strongest, thresholds[t], share, sums.directTerms()[t],
                        sums.headlineTerm()[t], raw + sums.against()[t], sums.against()[t]);
                (stop == null ? tagged : stopped).add(d);
            }
        }
        tagged.addAll(stopped);
        return tagged;
    }

    /**
     * Topics with positive evidence by raw score, highest first, ties in rules order, padded with -1. An insertion
     * sort over a few ints: an article has evidence for a handful of topics.
     */
    private static int[] byRawScore(Sums sums) {
        int[] order = new int[sums.topics()];
        int count = 0;
        for (int t = 0; t < sums.topics(); t++) {
            if (sums.raw()[t] + sums.against()[t] <= 0) {
                continue;
            }
            int at = count++;
            while (at > 0 && sums.raw()[order[at - 1]] < sums.raw()[t]) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = t;
        }
        java.util.Arrays.fill(order, count, order.length, -1);
        return order;
    }

    private StopRule furtherStop(double share, int terms, boolean headline, int alreadyTagged) {
        if (share < settings.secondaryShare()) {
            return StopRule.SECONDARY_SHARE;
        }
        if (terms < settings.secondaryMinTerms() - (headline ? 1 : 0)) {
            return StopRule.SECONDARY_MIN_TERMS;
        }
        return alreadyTagged >= settings.maxTopics() ? StopRule.MAX_TOPICS : null;
    }

    /** The score as compared with thresholds; records show it rounded. */
    private double score(double raw, double lengthFactor) {
        return raw <= 0 ? 0 : 1 - Math.exp(-raw / (settings.scale() * lengthFactor));
    }

    /** Two decimals, as scores are shown ("0.97"). */
    static String figure(double value) {
        return decimals(value, 2);
    }

    /**
     * {@code value} with two decimals, or three when two would show it equal to {@code other} though it is not:
     * "0.298 is below the threshold 0.300", never "0.30 is below the threshold 0.30".
     */
    static String figure(double value, double other) {
        boolean sameAtTwo = Math.round(value * 100) == Math.round(other * 100) && value != other;
        return decimals(value, sameAtTwo ? 3 : 2);
    }

    /** A share as a whole percent, or with one decimal when that would show it equal to {@code other}. */
    static String percent(double share, double other) {
        boolean same = Math.round(share * 100) == Math.round(other * 100) && share != other;
        return (same ? decimals(share * 100, 1) : String.valueOf(Math.round(share * 100))) + "%";
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String decimals(double value, int places) {
        long scale = places == 3 ? 1000 : places == 2 ? 100 : 10;
        long scaled = Math.round(value * scale);
        long fraction = Math.abs(scaled % scale);
        StringBuilder out = new StringBuilder(12);
        if (scaled < 0) {
            out.append('-');
        }
        out.append(Math.abs(scaled / scale)).append('.');
        // the fraction's digits, leading zeros included: 5 hundredths is "05"
        for (long digit = scale / 10; digit > 0; digit /= 10) {
            out.append((char) ('0' + fraction / digit % 10));
        }
        return out.toString();
    }

    private static String listed(List<String> terms) {
        String shown = String.join(", ", terms.subList(0, Math.min(LISTED_TERMS, terms.size())));
        return terms.size() > LISTED_TERMS ? shown + ", ..." : shown;
    }
}
