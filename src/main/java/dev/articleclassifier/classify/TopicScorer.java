package dev.articleclassifier.classify;

import dev.articleclassifier.classify.rules.RuleSettings;
import dev.articleclassifier.classify.rules.TopicRule;
import dev.articleclassifier.classify.rules.TopicRules;
import dev.articleclassifier.classify.text.MatchSink;
import dev.articleclassifier.classify.text.Vocabulary;
import java.util.List;

/**
 * Scores every topic of a rules file against an article and returns the topics it is about, best first, each with
 * its evidence and the reason it was tagged, plus the strongest topics that were not, with the rule that stopped
 * them ({@link TopicDecider}). All terms of all topics are compiled into one dictionary ({@link TopicTerms}), so
 * an article is scanned once whatever the number of topics; see {@link RuleSettings} for the scoring formula.
 */
final class TopicScorer {

    /** How many topics that were not tagged a record keeps, strongest first. */
    static final int NEAR_MISSES = 3;

    private final TopicRules rules;
    private final TopicTerms terms;
    private final TopicDecider decider;
    /**
     * Per set of {@link ArticleText} zones a phrase was found in (bit {@code 1 << zone} for each), the highest
     * boost among them: a phrase's boost is that of its best place, whatever the order it was found in.
     */
    private final double[] boostOfZones;

    /** The topics an article carries and the strongest that it does not. */
    record Verdict(List<TopicTag> tags, List<TopicMiss> nearMisses) {
        static final Verdict NONE = new Verdict(List.of(), List.of());
    }

    TopicScorer(TopicRules rules, Vocabulary vocabulary) {
        this.rules = rules;
        terms = new TopicTerms(rules, vocabulary);
        double[] thresholds = new double[rules.topics().size()];
        for (int t = 0; t < thresholds.length; t++) {
            double own = rules.topics().get(t).threshold();
            thresholds[t] = Double.isNaN(own) ? rules.settings().threshold() : own;
        }
        List<String> ids = rules.topics().stream().map(TopicRule::id).toList();
        int[] broader = new int[ids.size()];
        for (int t = 0; t < broader.length; t++) {
            broader[t] = ids.indexOf(rules.topics().get(t).broader());
        }
        decider = new TopicDecider(rules.settings(), thresholds, broader, ids);
        double[] zoneBoost = {rules.settings().headlineBoost(), rules.settings().leadBoost(), 1.0};
        boostOfZones = new double[1 << zoneBoost.length];
        for (int zones = 0; zones < boostOfZones.length; zones++) {
            for (int zone = 0; zone < zoneBoost.length; zone++) {
                if ((zones & 1 << zone) != 0) {
                    boostOfZones[zones] = Math.max(boostOfZones[zones], zoneBoost[zone]);
                }
            }
        }
    }

    Verdict score(ArticleText text) {
        Scratch scratch = SCRATCH.get().sizedFor(terms.dictionary.size(), terms.topics());
        try {
            terms.dictionary.match(text.tokens(), scratch.readying(text));
            // only the terms of phrases that matched are visited: cost follows the article, not the rules' size
            for (int i = 0; i < scratch.touchedCount; i++) {
                int phrase = scratch.touched[i];
                long hits = scratch.hits[phrase];
                int count = Scratch.countOf(hits);
                // the same for every term of the phrase: one factor per phrase, not per term
                double repeats = RepeatFactor.of(count);
                double boost = boostOfZones[Scratch.zonesOf(hits)];
                boolean inHeadline = Scratch.inHeadline(hits);
                for (int k = terms.firstTermOf(phrase); k < terms.endOfTermsOf(phrase); k++) {
                    int term = terms.termAt(k);
                    if (terms.contextMet(term, scratch.hits)) {
                        double contribution = terms.weight[term] * boost * repeats;
                        scratch.addToTopic(term, terms.topic[term], count, contribution, terms.direct[term],
                                inHeadline);
                    }
                }
            }
            return ranked(scratch, text.bodyWords());
        } finally {
            scratch.reset();
        }
    }

    private Verdict ranked(Scratch scratch, int bodyWords) {
        for (int t = 0; t < terms.topics(); t++) {
            scratch.requirementMet[t] = terms.requirementMet(t, scratch.hits);
        }
        TopicDecider.Decision[] decisions = decider.decide(scratch.sums(terms.topics()), bodyWords, NEAR_MISSES);
        if (decisions.length == 0) {
            return Verdict.NONE;
        }
        // the tagged decisions come first: arrays of the exact sizes, wrapped once
        int tagged = 0;
        while (tagged < decisions.length && decisions[tagged].stop() == null) {
            tagged++;
        }
        TopicTag[] tags = new TopicTag[tagged];
        TopicMiss[] misses = new TopicMiss[decisions.length - tagged];
        for (int i = 0; i < decisions.length; i++) {
            TopicDecider.Decision d = decisions[i];
            TopicRule topic = rules.topics().get(d.topic());
            if (i < tagged) {
                tags[i] = new TopicTag(topic.id(), topic.label(), topic.iptc(), round(d.score()),
                        evidenceOf(d.topic(), scratch), decider.why(d, topic.requires()));
            } else {
                misses[i - tagged] = new TopicMiss(topic.id(), topic.label(), round(d.score()), d.stop().ruleName(),
                        decider.why(d, topic.requires()), evidenceOf(d.topic(), scratch));
            }
        }
        return new Verdict(List.of(tags), List.of(misses));
    }

    /**
     * The evidence of a topic that is shown, strongest first (ties in the order the terms were found). Built only
     * now: most topics with some evidence are neither tagged nor among the near misses, and theirs is never shown.
     * The records are sorted as they are made, by the weight they show: a stable insertion sort, lists are short.
     */
    private List<Evidence> evidenceOf(int topic, Scratch scratch) {
        Evidence[] evidence = new Evidence[scratch.contributionsOf(topic)];
        int n = 0;
        for (int i = scratch.firstOfTopic[topic]; i >= 0; i = scratch.nextOfTopic[i]) {
            Evidence found = new Evidence(terms.text[scratch.contributionTerms[i]], scratch.contributionCounts[i],
                    round(scratch.contributions[i]));
            int at = n++;
            while (at > 0 && evidence[at - 1].weight() < found.weight()) {
                evidence[at] = evidence[at - 1];
                at--;
            }
            evidence[at] = found;
        }
        return List.of(evidence);
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * Per-thread working arrays for one article, reset after use: which phrases matched, how often and in which
     * zones, the raw score per topic, and each term's contribution (term reference, count, weight) in the order
     * found. Reusing them keeps scoring free of allocations that grow with the size of the rules. It takes the
     * matches itself, for the article it was {@link #readying readied} for, rather than through a lambda made per
     * article.
     */
    private static final class Scratch implements MatchSink {
        /** Bits of a phrase's {@link #hits} that hold the zones it was found in; the count is above them. */
        private static final int ZONE_BITS = 3;
        private static final int ONE_HIT = 1 << ZONE_BITS;

        /**
         * Per phrase, its count shifted past the set of zones ({@code 1 << zone} each) it was found in, 0 when it
         * did not match: one number per phrase, so that a match touches one array and not one per fact. A long,
         * so that no count a text can hold reaches the sign.
         */
        long[] hits = new long[0];
        int[] touched = new int[64];
        int touchedCount;
        /** The article whose matches are being taken, null between articles. */
        private ArticleText text;
        double[] raw = new double[0];
        /** Per topic: what its negative terms took off, as a positive number. */
        double[] against = new double[0];
        /** Per topic: how many distinct direct terms contributed, and whether one of them is in the headline. */
        int[] directTerms = new int[0];
        boolean[] headlineTerm = new boolean[0];
        boolean[] requirementMet = new boolean[0];
        /** Per topic, its first and last contribution (-1 for none); contributions chain through nextOfTopic. */
        int[] firstOfTopic = new int[0];
        int[] lastOfTopic = new int[0];
        int[] topicContributions = new int[0];
        int[] contributionTerms = new int[64];
        int[] contributionCounts = new int[64];
        double[] contributions = new double[64];
        int[] nextOfTopic = new int[64];
        int contributionCount;
        /** The per-topic arrays as the decider reads them, made again only when they grow. */
        private TopicDecider.Sums sums;

        /**
         * Grows the arrays for rules of this size. Each group is allocated whole before any is replaced, so an
         * allocation that fails (out of memory) leaves the old arrays consistent rather than half grown.
         */
        Scratch sizedFor(int phrases, int topics) {
            if (hits.length < phrases) {
                hits = new long[phrases];
            }
            if (raw.length < topics || firstOfTopic.length < topics || topicContributions.length < topics) {
                double[] newRaw = new double[topics];
                double[] newAgainst = new double[topics];
                int[] newDirectTerms = new int[topics];
                boolean[] newHeadlineTerm = new boolean[topics];
                boolean[] newRequirementMet = new boolean[topics];
                int[] newFirstOfTopic = new int[topics];
                int[] newLastOfTopic = new int[topics];
                int[] newTopicContributions = new int[topics];
                java.util.Arrays.fill(newFirstOfTopic, -1);
                raw = newRaw;
                against = newAgainst;
                directTerms = newDirectTerms;
                headlineTerm = newHeadlineTerm;
                requirementMet = newRequirementMet;
                firstOfTopic = newFirstOfTopic;
                lastOfTopic = newLastOfTopic;
                topicContributions = newTopicContributions;
                sums = null;
            }
            return this;
        }

        /** This, as the sink of the matches of {@code article}. */
        Scratch readying(ArticleText article) {
            text = article;
            return this;
        }

        @Override
        public void onMatch(int phrase, int firstToken, int tokenCount) {
            long seen = hits[phrase];
            if (seen == 0) {
                // grown before the count is raised, so a failed allocation leaves no count that reset() misses
                if (touchedCount == touched.length) {
                    touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = phrase;
            }
            hits[phrase] = (seen + ONE_HIT) | 1 << text.zoneOf(firstToken);
        }

        static int countOf(long hits) {
            return (int) (hits >>> ZONE_BITS);
        }

        /** The zones a phrase was found in, bit {@code 1 << zone} for each. */
        static int zonesOf(long hits) {
            return (int) hits & (ONE_HIT - 1);
        }

        static boolean inHeadline(long hits) {
            return (hits & 1 << ArticleText.HEADLINE) != 0;
        }

        /** The sums of an article scored against {@code topics} topics (scorers of other rules share this). */
        TopicDecider.Sums sums(int topics) {
            if (sums == null || sums.topics() != topics) {
                sums = new TopicDecider.Sums(raw, against, directTerms, headlineTerm, requirementMet, topics);
            }
            return sums;
        }

        /**
         * Adds the contribution of term {@code term} of topic {@code topic}, found {@code count} times; a direct
         * term with a positive contribution counts as distinct evidence ({@code headline}: it occurs there).
         * Supporting terms (names) add to the raw score only.
         */
        void addToTopic(int term, int topic, int count, double contribution, boolean isDirect, boolean headline) {
            raw[topic] += contribution;
            if (contribution < 0) {
                against[topic] -= contribution;
            } else if (contribution > 0 && isDirect) {
                directTerms[topic]++;
                headlineTerm[topic] |= headline;
            }
            if (contributionCount == contributions.length) {
                growContributions();
            }
            int i = contributionCount++;
            contributionTerms[i] = term;
            contributionCounts[i] = count;
            contributions[i] = contribution;
            nextOfTopic[i] = -1;
            if (firstOfTopic[topic] < 0) {
                firstOfTopic[topic] = i;
            } else {
                nextOfTopic[lastOfTopic[topic]] = i;
            }
            lastOfTopic[topic] = i;
            topicContributions[topic]++;
        }

        /** Apart from {@link #addToTopic}, which runs per term found, so that it stays small enough to inline. */
        private void growContributions() {
            int capacity = contributionCount * 2;
            contributionTerms = java.util.Arrays.copyOf(contributionTerms, capacity);
            contributionCounts = java.util.Arrays.copyOf(contributionCounts, capacity);
            contributions = java.util.Arrays.copyOf(contributions, capacity);
            nextOfTopic = java.util.Arrays.copyOf(nextOfTopic, capacity);
        }

        /** How many contributions topic {@code topic} has. */
        int contributionsOf(int topic) {
            return topicContributions[topic];
        }

        void reset() {
            for (int i = 0; i < touchedCount; i++) {
                hits[touched[i]] = 0;
            }
            touchedCount = 0;
            text = null;
            java.util.Arrays.fill(raw, 0);
            java.util.Arrays.fill(against, 0);
            java.util.Arrays.fill(directTerms, 0);
            java.util.Arrays.fill(headlineTerm, false);
            java.util.Arrays.fill(firstOfTopic, -1);
            java.util.Arrays.fill(topicContributions, 0);
            contributionCount = 0;
        }
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
