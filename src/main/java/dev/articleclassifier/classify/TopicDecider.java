package dev.articleclassifier.classify;

import dev.articleclassifier.classify.TopicMiss.StopRule;
import dev.articleclassifier.classify.rules.RuleSettings;
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
         * stopped by support or threshold) show none of the share and term counts. The sentence is written into
         * one builder, figures included, rather than joined from a string per figure and per part.
         */
        String why(RuleSettings settings, List<String> requires) {
            StringBuilder out = new StringBuilder(SENTENCE_CAPACITY);
            if (stop == null) {
                if (strongest) {
                    out.append("strongest topic, score ");
                    Figures.figure(out, score, threshold).append(" reaches the threshold ");
                    Figures.figure(out, threshold, score);
                } else {
                    Figures.figure(out.append("score "), score).append(", ");
                    shareText(out).append(" (needs ");
                    neededShareText(out).append("), ");
                    termsText(out).append(" (needs ").append(neededTerms);
                    if (hasFewerReason()) {
                        fewerReason(out.append(", "), settings);
                    }
                    out.append(')');
                }
                return out.toString();
            }
            switch (stop) {
                case SUPPORT -> {
                    return "only supporting terms (names of places, people or bodies), which never decide a topic";
                }
                case REQUIRES -> out.append("none of its required terms occurs (").append(listed(requires)).append(')');
                case NEGATIVE -> {
                    Figures.figure(out.append("its negative terms ("), against).append(") outweigh its evidence (");
                    Figures.figure(out, evidence).append(')');
                }
                case THRESHOLD -> {
                    Figures.figure(out.append("score "), score, threshold).append(" is below the threshold ");
                    Figures.figure(out, threshold, score);
                }
                case SECONDARY_SHARE, NARROWER_SHARE -> neededShareText(shareText(out).append(", a further topic needs "));
                case SECONDARY_MIN_TERMS -> {
                    termsText(out).append(", a further topic needs ").append(neededTerms);
                    if (fewerTerms == null) {
                        waysToNeedFewer(out.append(" (one fewer "), settings).append(')');
                    } else if (hasFewerReason()) {
                        fewerReason(out.append(" ("), settings).append(')');
                    }
                }
                case MAX_TOPICS -> out.append("the record already carries the most topics allowed (maxTopics ")
                        .append(settings.maxTopics()).append(')');
            }
            return out.toString();
        }

        private StringBuilder termsText(StringBuilder out) {
            out.append(terms).append(terms == 1 ? " distinct term" : " distinct terms");
            return fewerTerms == FewerTerms.HEADLINE ? out.append(", one in the headline") : out;
        }

        private StringBuilder shareText(StringBuilder out) {
            return Figures.percent(out, share, neededShare).append(" of the strongest topic's raw score");
        }

        private StringBuilder neededShareText(StringBuilder out) {
            Figures.percent(out, neededShare, share);
            return narrowerOf == null ? out : out.append(" as a topic narrower than ").append(narrowerOf);
        }

        /** The conditions under which a further topic needs one distinct term fewer, as the settings have them. */
        private static StringBuilder waysToNeedFewer(StringBuilder out, RuleSettings settings) {
            out.append("with a headline term");
            out.append(settings.briefWords() > 0 ? ", from " : " or from ");
            Figures.percent(out, settings.closeShare()).append(" of the strongest topic's raw score");
            return settings.briefWords() > 0
                    ? out.append(", or in a story under ").append(settings.briefWords()).append(" words")
                    : out;
        }

        /** Whether it needed one term fewer for a reason the terms text does not already show (a headline term). */
        private boolean hasFewerReason() {
            return fewerTerms != null && fewerTerms != FewerTerms.HEADLINE;
        }

        /** Why it needed one term fewer, when {@link #hasFewerReason}. */
        private StringBuilder fewerReason(StringBuilder out, RuleSettings settings) {
            return fewerTerms == FewerTerms.CLOSE
                    ? Figures.percent(out.append("one fewer from "), settings.closeShare())
                    : out.append("one fewer in a story under ").append(settings.briefWords()).append(" words");
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
    /** Room for the longest usual sentence, so that its builder does not grow while it is written. */
    private static final int SENTENCE_CAPACITY = 160;
    /** How many scores two decimals show, 0.00 to 1.00. */
    private static final int SCORES_SHOWN = 101;

    private final RuleSettings settings;
    private final double[] thresholds;
    private final int[] broader;
    private final List<String> ids;
    /**
     * The sentences of strongest topics, at {@code topic * SCORES_SHOWN + hundredths}, each made on first use:
     * such a sentence depends only on the topic's threshold and the score as shown, and nearly every record has
     * one. A String is immutable, so a thread reads another's sentence whole; two threads that make the same one
     * at once store equal sentences.
     */
    private final String[] strongestSentences;

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
        this.strongestSentences = new String[thresholds.length * SCORES_SHOWN];
    }

    /**
     * The decisions of an article: the tagged topics, strongest first, then at most {@code missLimit} of the
     * stopped ones, by raw score (ties in rules order). {@code bodyWords}, the article's length, scales raw
     * scores to scores as {@link RuleSettings} describes and tells a brief story. Topics are visited once,
     * strongest first, so the first topic that passes the per-topic rules is the strongest, and decisions are made
     * only for what the record keeps, into arrays of the most there can be, copied once into one of the exact size.
     */
    Decision[] decide(Sums sums, int bodyWords, int missLimit) {
        double lengthFactor = Math.max(1.0, Math.sqrt(bodyWords / 400.0));
        boolean brief = bodyWords < settings.briefWords();
        int[] order = byRawScore(sums);
        // the strongest topic is tagged even where maxTopics allows none
        Decision[] tagged = new Decision[Math.max(settings.maxTopics(), 1)];
        Decision[] stopped = new Decision[missLimit];
        int taggedCount = 0;
        int stoppedCount = 0;
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
            boolean strongest = stop == null && taggedCount == 0;
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
                stop = furtherStop(share, neededShare, narrower, sums.directTerms()[t], neededTerms, taggedCount);
            }
            if (stop == null || stoppedCount < missLimit) {
                Decision d = new Decision(t, score, stop, strongest, thresholds[t], share, sums.directTerms()[t],
                        raw + sums.against()[t], sums.against()[t],
                        narrower ? ids.get(strongestTopic) : null, neededShare, neededTerms, fewer);
                if (stop == null) {
                    tagged[taggedCount++] = d;
                } else {
                    stopped[stoppedCount++] = d;
                }
            }
        }
        Decision[] decisions = java.util.Arrays.copyOf(tagged, taggedCount + stoppedCount);
        System.arraycopy(stopped, 0, decisions, taggedCount, stoppedCount);
        return decisions;
    }

    /**
     * Why {@code decision} was made, in words ({@link Decision#why}); the sentence of a strongest topic whose
     * score shows with two decimals is made once per score shown.
     */
    String why(Decision decision, List<String> requires) {
        if (!decision.strongest()) {
            return decision.why(settings, requires);
        }
        long hundredths = Math.round(decision.score() * 100);
        if (Figures.readEqualInHundredths(decision.score(), decision.threshold())
                || hundredths < 0 || hundredths >= SCORES_SHOWN) {
            return decision.why(settings, requires);
        }
        int at = decision.topic() * SCORES_SHOWN + (int) hundredths;
        String sentence = strongestSentences[at];
        if (sentence == null) {
            sentence = decision.why(settings, requires);
            strongestSentences[at] = sentence;
        }
        return sentence;
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

    private static String listed(List<String> terms) {
        String shown = String.join(", ", terms.subList(0, Math.min(LISTED_TERMS, terms.size())));
        return terms.size() > LISTED_TERMS ? shown + ", ..." : shown;
    }
}
