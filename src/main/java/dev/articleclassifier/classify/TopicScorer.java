package dev.articleclassifier.classify;

import dev.articleclassifier.classify.rules.RuleSettings;
import dev.articleclassifier.classify.rules.TopicRule;
import dev.articleclassifier.classify.rules.TopicRules;
import dev.articleclassifier.classify.text.Vocabulary;
import java.util.List;

/**
 * Scores every topic of a rules file against an article and returns those above their threshold, best first,
 * each with its evidence. All terms of all topics are compiled into one dictionary ({@link TopicTerms}), so an
 * article is scanned once whatever the number of topics; see {@link RuleSettings} for the scoring formula.
 */
final class TopicScorer {

    private final TopicRules rules;
    private final TopicTerms terms;
    /** Per topic, the score it must reach: its own threshold, or the rules' default. */
    private final double[] thresholds;

    TopicScorer(TopicRules rules, Vocabulary vocabulary) {
        this.rules = rules;
        terms = new TopicTerms(rules, vocabulary);
        thresholds = new double[rules.topics().size()];
        for (int t = 0; t < thresholds.length; t++) {
            double own = rules.topics().get(t).threshold();
            thresholds[t] = Double.isNaN(own) ? rules.settings().threshold() : own;
        }
    }

    List<TopicTag> score(ArticleText text) {
        RuleSettings settings = rules.settings();
        Scratch scratch = SCRATCH.get().sizedFor(terms.dictionary.size(), terms.topics());
        double[] zoneBoost = {settings.headlineBoost(), settings.leadBoost(), 1.0};
        try {
            terms.dictionary.match(text.tokens(),
                    (phrase, first, length) -> scratch.hit(phrase, zoneBoost[text.zoneOf(first)]));
            // only the terms of phrases that matched are visited: cost follows the article, not the rules' size
            for (int i = 0; i < scratch.touchedCount; i++) {
                int phrase = scratch.touched[i];
                int count = scratch.counts[phrase];
                // the same for every term of the phrase: one logarithm per phrase, not per term
                double repeats = 1 + Math.log(count);
                for (int k = terms.firstTermOf(phrase); k < terms.endOfTermsOf(phrase); k++) {
                    int term = terms.termAt(k);
                    if (terms.contextMet(term, scratch.counts)) {
                        double contribution = terms.weight[term] * scratch.boosts[phrase] * repeats;
                        scratch.addToTopic(term, terms.topic[term], count, contribution, terms.direct[term]);
                    }
                }
            }
            return ranked(scratch, settings, Math.max(1.0, Math.sqrt(text.bodyWords() / 400.0)));
        } finally {
            scratch.reset();
        }
    }

    private List<TopicTag> ranked(Scratch scratch, RuleSettings settings, double lengthFactor) {
        int[] passing = scratch.passing;
        double[] scores = scratch.scores;
        int count = 0;
        boolean anyDirect = false;
        for (int t = 0; t < terms.topics(); t++) {
            double raw = scratch.raw[t];
            if (raw <= 0 || !terms.requirementMet(t, scratch.counts)) {
                continue;
            }
            double score = 1 - Math.exp(-raw / (settings.scale() * lengthFactor));
            double threshold = thresholds[t];
            if (score >= threshold) {
                scores[t] = score;
                passing[count++] = t;
                anyDirect |= scratch.direct[t];
            }
        }
        // supporting evidence alone only stands in when nothing more specific was found; rank on the raw score
        // (rounded scores of strong topics saturate at 1.0 and would tie), ties in rules order
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int t = passing[i];
            if (anyDirect && !scratch.direct[t]) {
                continue;
            }
            int at = kept++;
            while (at > 0 && scratch.raw[passing[at - 1]] < scratch.raw[t]) {
                passing[at] = passing[at - 1];
                at--;
            }
            passing[at] = t;
        }
        TopicTag[] tags = new TopicTag[Math.min(kept, settings.maxTopics())];
        for (int i = 0; i < tags.length; i++) {
            int t = passing[i];
            TopicRule topic = rules.topics().get(t);
            tags[i] = new TopicTag(topic.id(), topic.label(), topic.iptc(), round(scores[t]), evidenceOf(t, scratch));
        }
        return List.of(tags);
    }

    /**
     * The evidence of a topic that passed, strongest first (ties in the order the terms were found). Built only
     * now: most topics with some evidence stay below their threshold, and their evidence is never shown.
     */
    private List<Evidence> evidenceOf(int topic, Scratch scratch) {
        // contributions of the topic, rounded as shown, sorted by insertion: stable, and lists are short
        int size = scratch.contributionsOf(topic);
        int[] order = new int[size];
        double[] shown = new double[size];
        int n = 0;
        for (int i = scratch.firstOfTopic[topic]; i >= 0; i = scratch.nextOfTopic[i]) {
            double weight = round(scratch.contributions[i]);
            int at = n++;
            while (at > 0 && shown[at - 1] < weight) {
                order[at] = order[at - 1];
                shown[at] = shown[at - 1];
                at--;
            }
            order[at] = i;
            shown[at] = weight;
        }
        Evidence[] evidence = new Evidence[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            evidence[k] = new Evidence(terms.text[scratch.contributionTerms[i]], scratch.contributionCounts[i], shown[k]);
        }
        return List.of(evidence);
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * Per-thread working arrays for one article, reset after use: which phrases matched, how often, with which
     * zone boost, the raw score per topic, and each term's contribution (term reference, count, weight) in the
     * order found. Reusing them keeps scoring free of allocations that grow with the size of the rules.
     */
    private static final class Scratch {
        int[] counts = new int[0];
        double[] boosts = new double[0];
        int[] touched = new int[64];
        int touchedCount;
        double[] raw = new double[0];
        boolean[] direct = new boolean[0];
        double[] scores = new double[0];
        int[] passing = new int[0];
        /** Per topic, its first and last contribution (-1 for none); contributions chain through nextOfTopic. */
        int[] firstOfTopic = new int[0];
        int[] lastOfTopic = new int[0];
        int[] topicContributions = new int[0];
        int[] contributionTerms = new int[64];
        int[] contributionCounts = new int[64];
        double[] contributions = new double[64];
        int[] nextOfTopic = new int[64];
        int contributionCount;

        Scratch sizedFor(int phrases, int topics) {
            if (counts.length < phrases) {
                counts = new int[phrases];
                boosts = new double[phrases];
            }
            if (raw.length < topics) {
                raw = new double[topics];
                direct = new boolean[topics];
                scores = new double[topics];
                passing = new int[topics];
                firstOfTopic = new int[topics];
                lastOfTopic = new int[topics];
                topicContributions = new int[topics];
                java.util.Arrays.fill(firstOfTopic, -1);
            }
            return this;
        }

        void hit(int phrase, double boost) {
            if (counts[phrase]++ == 0) {
                if (touchedCount == touched.length) {
                    touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = phrase;
            }
            boosts[phrase] = Math.max(boosts[phrase], boost);
        }

        /** Adds the contribution of term {@code term} of topic {@code topic}, found {@code count} times. */
        void addToTopic(int term, int topic, int count, double contribution, boolean isDirect) {
            raw[topic] += contribution;
            direct[topic] |= isDirect;
            if (contributionCount == contributions.length) {
                int capacity = contributionCount * 2;
                contributionTerms = java.util.Arrays.copyOf(contributionTerms, capacity);
                contributionCounts = java.util.Arrays.copyOf(contributionCounts, capacity);
                contributions = java.util.Arrays.copyOf(contributions, capacity);
                nextOfTopic = java.util.Arrays.copyOf(nextOfTopic, capacity);
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

        /** How many contributions topic {@code topic} has. */
        int contributionsOf(int topic) {
            return topicContributions[topic];
        }

        void reset() {
            for (int i = 0; i < touchedCount; i++) {
                counts[touched[i]] = 0;
                boosts[touched[i]] = 0;
            }
            touchedCount = 0;
            java.util.Arrays.fill(raw, 0);
            java.util.Arrays.fill(direct, false);
            java.util.Arrays.fill(firstOfTopic, -1);
            java.util.Arrays.fill(topicContributions, 0);
            contributionCount = 0;
        }
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
