package dev.articleclassifier.classify;

import dev.articleclassifier.classify.TopicMiss.StopRule;
import dev.articleclassifier.classify.rules.RuleSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /** The outcome for one topic: tagged ({@code stop == null}) or stopped by a rule, with the reason in words. */
    record Decision(int topic, double score, StopRule stop, String why) {
        Decision {
            score = TopicScorer.round(score);
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
        List<Integer> candidates = new ArrayList<>();
        List<Decision> stopped = new ArrayList<>();
        for (int t = 0; t < sums.topics(); t++) {
            double raw = sums.raw()[t];
            if (raw == 0 && sums.directTerms()[t] == 0) {
                continue;
            }
            double score = score(raw, lengthFactor);
            if (sums.directTerms()[t] == 0) {
                if (raw > 0) {
                    stopped.add(new Decision(t, score, StopRule.SUPPORT,
                            "only supporting terms (names of places, people or bodies), which never decide a topic"));
                }
            } else if (!sums.requirementMet()[t]) {
                stopped.add(new Decision(t, score, StopRule.REQUIRES, "none of the topic's required terms occurs"));
            } else if (raw <= 0) {
                stopped.add(new Decision(t, 0, StopRule.NEGATIVE, "its negative terms outweigh its evidence"));
            } else if (score < thresholds[t]) {
                stopped.add(new Decision(t, score, StopRule.THRESHOLD,
                        "score " + figure(score) + " is below the threshold " + figure(thresholds[t])));
            } else {
                candidates.add(t);
            }
        }
        candidates.sort((a, b) -> Double.compare(sums.raw()[b], sums.raw()[a]));
        List<Decision> tagged = new ArrayList<>();
        for (int t : candidates) {
            Decision d = tagged.isEmpty() ? strongest(t, sums, lengthFactor) : further(t, sums, lengthFactor,
                    sums.raw()[candidates.get(0)], tagged.size());
            (d.stop() == null ? tagged : stopped).add(d);
        }
        stopped.sort((a, b) -> Double.compare(sums.raw()[b.topic()], sums.raw()[a.topic()]));
        tagged.addAll(stopped);
        return tagged;
    }

    private Decision strongest(int t, Sums sums, double lengthFactor) {
        double score = score(sums.raw()[t], lengthFactor);
        return new Decision(t, score, null,
                "strongest topic, score " + figure(score) + " reaches the threshold " + figure(thresholds[t]));
    }

    private Decision further(int t, Sums sums, double lengthFactor, double strongestRaw, int alreadyTagged) {
        double score = score(sums.raw()[t], lengthFactor);
        double share = sums.raw()[t] / strongestRaw;
        String shareText = percent(share) + " of the strongest topic's raw score";
        String shareNeeded = percent(settings.secondaryShare());
        if (share < settings.secondaryShare()) {
            return new Decision(t, score, StopRule.SECONDARY_SHARE, shareText + ", a further topic needs " + shareNeeded);
        }
        int terms = sums.directTerms()[t] + sums.supportTerms()[t];
        boolean headline = sums.headlineTerm()[t];
        int needed = settings.secondaryMinTerms() - (headline ? 1 : 0);
        String termsText = terms + (terms == 1 ? " distinct term" : " distinct terms")
                + (headline ? ", one in the headline" : "");
        if (terms < needed) {
            return new Decision(t, score, StopRule.SECONDARY_MIN_TERMS, termsText + ", a further topic needs "
                    + settings.secondaryMinTerms() + " (one fewer with a headline term)");
        }
        if (alreadyTagged >= settings.maxTopics()) {
            return new Decision(t, score, StopRule.MAX_TOPICS,
                    "the record already carries maxTopics " + settings.maxTopics() + " topics");
        }
        return new Decision(t, score, null, "score " + figure(score) + ", " + shareText + " (needs " + shareNeeded
                + "), " + termsText + " (needs " + needed + ")");
    }

    /** The score as compared with thresholds; decisions carry it rounded as shown. */
    private double score(double raw, double lengthFactor) {
        return raw <= 0 ? 0 : 1 - Math.exp(-raw / (settings.scale() * lengthFactor));
    }

    private static String figure(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
