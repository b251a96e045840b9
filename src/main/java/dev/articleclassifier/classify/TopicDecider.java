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
 *       distinct terms (one fewer when one is in the headline);</li>
 *   <li>at most {@link RuleSettings#maxTopics()} are tagged.</li>
 * </ol>
 * Every figure a rule compares is in its sentence, so a reader can check it against the evidence on the record.
 */
final class TopicDecider {

    /**
     * The outcome for one topic: tagged ({@code stop == null}) or stopped by a rule, with the figures the rule
     * compared. The sentence that explains it is built only on request ({@link #why}): most decisions of an
     * article are never shown, and building text for each would cost more than deciding.
     *
     * @param strongest whether it is the article's strongest topic
     * @param threshold the threshold its score was compared with
     * @param share     its raw score as a share of the strongest topic's (1 for the strongest)
     * @param terms     distinct terms of its evidence (a strong term counts as two)
     * @param headline  whether one of its terms is in the headline
     */
    record Decision(int topic, double score, StopRule stop, boolean strongest, double threshold, double share,
                    int terms, boolean headline) {
        Decision {
            score = TopicScorer.round(score);
        }

        /** Why it was tagged or stopped, in words, with the figures compared. */
        String why(RuleSettings settings) {
            int needed = settings.secondaryMinTerms() - (headline ? 1 : 0);
            String shareText = percent(share) + " of the strongest topic's raw score";
            String termsText = terms + (terms == 1 ? " distinct term" : " distinct terms")
                    + (headline ? ", one in the headline" : "");
            if (stop == null) {
                return strongest
                        ? "strongest topic, score " + figure(score) + " reaches the threshold " + figure(threshold)
                        : "score " + figure(score) + ", " + shareText + " (needs " + percent(settings.secondaryShare())
                                + "), " + termsText + " (needs " + needed + ")";
            }
            return switch (stop) {
                case SUPPORT -> "only supporting terms (names of places, people or bodies), which never decide a topic";
                case REQUIRES -> "none of the topic's required terms occurs";
                case NEGATIVE -> "its negative terms outweigh its evidence";
                case THRESHOLD -> "score " + figure(score) + " is below the threshold " + figure(threshold);
                case SECONDARY_SHARE -> shareText + ", a further topic needs " + percent(settings.secondaryShare());
                case SECONDARY_MIN_TERMS -> termsText + ", a further topic needs " + settings.secondaryMinTerms()
                        + " (one fewer with a headline term)";
                case MAX_TOPICS -> "the record already carries maxTopics " + settings.maxTopics() + " topics";
            };
        }
    }

    /** What the scorer found for one article, per topic index. */
    record Sums(double[] raw, int[] directTerms, int[] supportTerms, boolean[] headlineTerm, boolean[] requirementMet, int topics) {
    }

    private final RuleSettings settings;
    private final double[] thresholds;

    TopicDecider(RuleSettings settings, double[] thresholds) {
        this.settings = settings;
        this.thresholds = thresholds.clone();
    }

    /**
     * Decisions for every topic with evidence: the tagged ones first, strongest first, then the stopped ones by
     * raw score. {@code lengthFactor} scales raw scores to scores as {@link RuleSettings} describes.
     */
    List<Decision> decide(Sums sums, double lengthFactor) {
        List<Decision> candidates = new ArrayList<>();
        List<Decision> stopped = new ArrayList<>();
        for (int t = 0; t < sums.topics(); t++) {
            double raw = sums.raw()[t];
            if (raw == 0 && sums.directTerms()[t] == 0) {
                continue;
            }
            double score = score(raw, lengthFactor);
            StopRule stop = null;
            if (sums.directTerms()[t] == 0) {
                if (raw <= 0) {
                    continue;
                }
                stop = StopRule.SUPPORT;
            } else if (!sums.requirementMet()[t]) {
                stop = StopRule.REQUIRES;
            } else if (raw <= 0) {
                stop = StopRule.NEGATIVE;
            } else if (score < thresholds[t]) {
                stop = StopRule.THRESHOLD;
            }
            Decision d = new Decision(t, score, stop, false, thresholds[t], 0,
                    sums.directTerms()[t] + sums.supportTerms()[t], sums.headlineTerm()[t]);
            (stop == null ? candidates : stopped).add(d);
        }
        candidates.sort((a, b) -> Double.compare(sums.raw()[b.topic()], sums.raw()[a.topic()]));
        List<Decision> tagged = new ArrayList<>();
        for (Decision candidate : candidates) {
            Decision d = tagged.isEmpty() ? asStrongest(candidate)
                    : further(candidate, sums.raw()[candidate.topic()] / sums.raw()[candidates.get(0).topic()],
                            tagged.size());
            (d.stop() == null ? tagged : stopped).add(d);
        }
        stopped.sort((a, b) -> Double.compare(sums.raw()[b.topic()], sums.raw()[a.topic()]));
        tagged.addAll(stopped);
        return tagged;
    }

    private static Decision asStrongest(Decision d) {
        return new Decision(d.topic(), d.score(), null, true, d.threshold(), 1, d.terms(), d.headline());
    }

    private Decision further(Decision d, double share, int alreadyTagged) {
        StopRule stop = null;
        if (share < settings.secondaryShare()) {
            stop = StopRule.SECONDARY_SHARE;
        } else if (d.terms() < settings.secondaryMinTerms() - (d.headline() ? 1 : 0)) {
            stop = StopRule.SECONDARY_MIN_TERMS;
        } else if (alreadyTagged >= settings.maxTopics()) {
            stop = StopRule.MAX_TOPICS;
        }
        return new Decision(d.topic(), d.score(), stop, false, d.threshold(), share, d.terms(), d.headline());
    }

    /** The score as compared with thresholds; decisions carry it rounded as shown. */
    private double score(double raw, double lengthFactor) {
        return raw <= 0 ? 0 : 1 - Math.exp(-raw / (settings.scale() * lengthFactor));
    }

    /** Two decimals, as scores are shown ("0.97"). */
    static String figure(double value) {
        long hundredths = Math.round(value * 100);
        long fraction = Math.abs(hundredths % 100);
        return (hundredths < 0 ? "-" : "") + Math.abs(hundredths / 100) + (fraction < 10 ? ".0" : ".") + fraction;
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
