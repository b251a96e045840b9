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
 *       of the strongest one's raw score ({@link RuleSettings#narrowerShare()} when the strongest is its broader
 *       topic) and have evidence from {@link RuleSettings#secondaryMinTerms()} distinct direct terms (one fewer
 *       when one of them is in the headline, when it reaches {@link RuleSettings#closeShare()}, or in a brief
 *       story, under {@link RuleSettings#briefWords()} words);</li>
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
     * @param score       the exact score compared with the threshold (records show it rounded)
     * @param strongest   whether it is the article's strongest topic
     * @param threshold   the threshold its score was compared with
     * @param share       its raw score as a share of the strongest topic's (1 for the strongest)
     * @param terms       distinct direct terms of its evidence (names not counted)
     * @param evidence    the sum of its positive contributions
     * @param against     the sum of its negative terms' contributions, as a positive number
     * @param narrowerOf  the strongest topic's id when this topic is narrower than it, else null
     * @param neededShare the share of the strongest topic's raw score it had to reach
     * @param neededTerms the distinct direct terms it had to have
     * @param fewerTerms  why it needed one distinct term fewer than secondaryMinTerms, or null
     */
    record Decision(int topic, double score, StopRule stop, boolean strongest, double threshold, double share,
                    int terms, double evidence, double against, String narrowerOf,
                    double neededShare, int neededTerms, FewerTerms fewerTerms) {

        /**
         * Why it was tagged or stopped, in words, with the figures compared. Each part is built only in the
         * sentences that show it: a record explains every topic it keeps, and most of them (the strongest, those
         * stopped by support or threshold) show none of the share and term counts.
         */
        String why(RuleSettings settings, List<String> requires) {
            if (stop == null) {
                return strongest
                        ? "strongest topic, score " + figure(score, threshold) + " reaches the threshold "
                                + figure(threshold, score)
                        : "score " + figure(score) + ", " + shareText() + " (needs " + neededShareText() + "), "
                                + termsText() + " (needs " + neededTerms
                                + (fewerReason(settings).isEmpty() ? "" : ", " + fewerReason(settings)) + ")";
            }
            return switch (stop) {
                case SUPPORT -> "only supporting terms (names of places, people or bodies), which never decide a topic";
                case REQUIRES -> "none of its required terms occurs (" + listed(requires) + ")";
                case NEGATIVE -> "its negative terms (" + figure(against) + ") outweigh its evidence ("
                        + figure(evidence) + ")";
                case THRESHOLD -> "score " + figure(score, threshold) + " is below the threshold "
                        + figure(threshold, score);
                case SECONDARY_SHARE, NARROWER_SHARE -> shareText() + ", a further topic needs " + neededShareText();
                case SECONDARY_MIN_TERMS -> termsText() + ", a further topic needs " + neededTerms
                        + (fewerTerms == null ? " (one fewer " + waysToNeedFewer(settings) + ")"
                                : fewerReason(settings).isEmpty() ? "" : " (" + fewerReason(settings) + ")");
                case MAX_TOPICS -> "the record already carries the most topics allowed (maxTopics "
                        + settings.maxTopics() + ")";
            };
        }

        private String termsText() {
            return terms + (terms == 1 ? " distinct term" : " distinct terms")
                    + (fewerTerms == FewerTerms.HEADLINE ? ", one in the headline" : "");
        }

        private String shareText() {
            return percent(share, neededShare) + " of the strongest topic's raw score";
        }

        private String neededShareText() {
            return percent(neededShare, share) + (narrowerOf == null ? "" : " as a topic narrower than " + narrowerOf);
        }

        /** The conditions under which a further topic needs one distinct term fewer, as the settings have them. */
        private static String waysToNeedFewer(RuleSettings settings) {
            String headline = "with a headline term";
            String close = "from " + percent(settings.closeShare()) + " of the strongest topic's raw score";
            return settings.briefWords() > 0
                    ? headline + ", " + close + ", or in a story under " + settings.briefWords() + " words"
                    : headline + " or " + close;
        }

        /** Why it needed one term fewer, unless the terms text already shows it (a headline term), else "". */
        private String fewerReason(RuleSettings settings) {
            if (fewerTerms == null || fewerTerms == FewerTerms.HEADLINE) {
                return "";
            }
            return fewerTerms == FewerTerms.CLOSE
                    ? "one fewer from " + percent(settings.closeShare())
                    : "one fewer in a story under " + settings.briefWords() + " words";
        }
    }

    /** Why a further topic needs one distinct term fewer: the first that applies. */
    enum FewerTerms {
        /** One of its terms is in the headline. */
        HEADLINE,
        /** Its raw score reaches closeShare of the strongest topic's. */
        CLOSE,
        /** The story is a brief, under briefWords words: there is room for few terms. */
        BRIEF
    }

    /** What the scorer found for one article, per topic index. */
    record Sums(double[] raw, double[] against, int[] directTerms, boolean[] headlineTerm, boolean[] requirementMet,
                int topics) {
    }

    private static final int LISTED_TERMS = 5;

    private final RuleSettings settings;
    private final double[] thresholds;
    private final int[] broader;
    private final List<String> ids;

    /**
     * @param thresholds each topic's threshold, by topic index
     * @param broader    each topic's broader topic index, or -1
     * @param ids        each topic's id, for the sentences that name a broader topic
     */
    TopicDecider(RuleSettings settings, double[] thresholds, int[] broader, List<String> ids) {
        this.settings = settings;
        this.thresholds = thresholds.clone();
        this.broader = broader.clone();
        this.ids = List.copyOf(ids);
    }

    /**
     * The decisions of an article: the tagged topics, strongest first, then at most {@code missLimit} of the
     * stopped ones, by raw score (ties in rules order). {@code bodyWords}, the article's length, scales raw
     * scores to scores as {@link RuleSettings} describes and tells a brief story. Topics are visited once,
     * strongest first, so the first topic that passes the per-topic rules is the strongest, and decisions are made
     * only for what the record keeps.
     */
    List<Decision> decide(Sums sums, int bodyWords, int missLimit) {
        double lengthFactor = Math.max(1.0, Math.sqrt(bodyWords / 400.0));
        boolean brief = bodyWords < settings.briefWords();
        int[] order = byRawScore(sums);
        List<Decision> tagged = new ArrayList<>(settings.maxTopics());
        List<Decision> stopped = new ArrayList<>(missLimit);
        double strongestRaw = 0;
        int strongestTopic = -1;
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
            boolean narrower = false;
            double neededShare = 0;
            int neededTerms = 0;
            FewerTerms fewer = null;
            if (strongest) {
                strongestRaw = raw;
                strongestTopic = t;
            } else if (stop == null) {
                share = raw / strongestRaw;
                narrower = broader[t] == strongestTopic;
                neededShare = narrower ? settings.narrowerShare() : settings.secondaryShare();
                fewer = sums.headlineTerm()[t] ? FewerTerms.HEADLINE
                        : share >= settings.closeShare() ? FewerTerms.CLOSE
                        : brief ? FewerTerms.BRIEF : null;
                neededTerms = settings.secondaryMinTerms() - (fewer == null ? 0 : 1);
                stop = furtherStop(share, neededShare, narrower, sums.directTerms()[t], neededTerms, tagged.size());
            }
            if (stop == null || stopped.size() < missLimit) {
                Decision d = new Decision(t, score, stop, strongest, thresholds[t], share, sums.directTerms()[t],
                        raw + sums.against()[t], sums.against()[t],
                        narrower ? ids.get(strongestTopic) : null, neededShare, neededTerms, fewer);
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

    private StopRule furtherStop(double share, double neededShare, boolean narrower, int terms, int neededTerms,
                                 int alreadyTagged) {
        if (share < neededShare) {
            return narrower ? StopRule.NARROWER_SHARE : StopRule.SECONDARY_SHARE;
        }
        if (terms < neededTerms) {
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
