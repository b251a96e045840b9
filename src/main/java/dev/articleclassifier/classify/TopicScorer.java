package dev.articleclassifier.classify;

import dev.articleclassifier.classify.rules.RuleSettings;
import dev.articleclassifier.classify.rules.TermRule;
import dev.articleclassifier.classify.rules.TopicRule;
import dev.articleclassifier.classify.rules.TopicRules;
import dev.articleclassifier.classify.text.CaseMode;
import dev.articleclassifier.classify.text.PhraseDictionary;
import dev.articleclassifier.classify.text.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores every topic of a rules file against an article and returns those above their threshold, best first,
 * each with its evidence. All terms of all topics are compiled into one {@link PhraseDictionary}, so an article
 * is scanned once whatever the number of topics; see {@link RuleSettings} for the scoring formula.
 */
final class TopicScorer {

    private final TopicRules rules;
    private final PhraseDictionary dictionary;
    /** Per topic, per term (negatives after positives): phrase id, weight (negative for negatives), context phrase ids. */
    private final CompiledTerm[][] terms;
    private final int[][] requires;
    private final int[][] termsOfPhrase;
    /** Per topic, the score it must reach: its own threshold, or the rules' default. */
    private final double[] thresholds;

    private record CompiledTerm(String text, int phrase, double weight, int[] context, boolean direct) {
    }

    TopicScorer(TopicRules rules, Vocabulary vocabulary) {
        this.rules = rules;
        PhraseDictionary.Builder builder = PhraseDictionary.builder(vocabulary).exactInShoutingLines(false);
        terms = new CompiledTerm[rules.topics().size()][];
        requires = new int[rules.topics().size()][];
        for (int t = 0; t < rules.topics().size(); t++) {
            TopicRule topic = rules.topics().get(t);
            List<CompiledTerm> compiled = new ArrayList<>();
            for (TermRule term : topic.terms()) {
                compiled.add(compile(builder, term, 1, true));
            }
            for (TermRule term : topic.support()) {
                compiled.add(compile(builder, term, 1, false));
            }
            for (TermRule term : topic.negatives()) {
                compiled.add(compile(builder, term, -1, false));
            }
            rejectRepeatedPhrases(topic, compiled);
            terms[t] = compiled.toArray(new CompiledTerm[0]);
            requires[t] = addAll(builder, topic.requires());
        }
        dictionary = builder.build();
        termsOfPhrase = invert(terms, dictionary.size());
        thresholds = new double[rules.topics().size()];
        for (int t = 0; t < thresholds.length; t++) {
            double own = rules.topics().get(t).threshold();
            thresholds[t] = Double.isNaN(own) ? rules.settings().threshold() : own;
        }
    }

    /** For each phrase, the (topic << 16 | term index) references of the terms it stands for. */
    private static int[][] invert(CompiledTerm[][] terms, int phrases) {
        int[] counts = new int[phrases];
        for (CompiledTerm[] topicTerms : terms) {
            for (CompiledTerm term : topicTerms) {
                counts[term.phrase()]++;
            }
        }
        int[][] refs = new int[phrases][];
        for (int p = 0; p < phrases; p++) {
            refs[p] = new int[counts[p]];
            counts[p] = 0;
        }
        for (int t = 0; t < terms.length; t++) {
            for (int k = 0; k < terms[t].length; k++) {
                int p = terms[t][k].phrase();
                refs[p][counts[p]++] = t << 16 | k;
            }
        }
        return refs;
    }

    private static CompiledTerm compile(PhraseDictionary.Builder builder, TermRule term, int sign, boolean direct) {
        int phrase;
        try {
            phrase = builder.add(term.text(), term.caseMode());
        } catch (IllegalArgumentException e) {
            throw new dev.articleclassifier.classify.rules.DataFileException("rules: " + e.getMessage(), e);
        }
        int[] context = addAll(builder, term.context());
        return new CompiledTerm(term.text(), phrase, sign * term.weight(), context, direct);
    }

    /**
     * Two terms of one topic that compile to the same phrase ("troop" and "troops" after plural folding, or
     * "U.S." and "U S") would count every occurrence twice; the author almost certainly meant one term.
     */
    private static void rejectRepeatedPhrases(TopicRule topic, List<CompiledTerm> compiled) {
        java.util.Map<Integer, String> seen = new java.util.HashMap<>();
        for (CompiledTerm term : compiled) {
            String earlier = seen.putIfAbsent(term.phrase(), term.text());
            if (earlier != null) {
                throw new dev.articleclassifier.classify.rules.DataFileException("rules: topic \"" + topic.id()
                        + "\" lists \"" + earlier + "\" and \"" + term.text()
                        + "\", which match the same words (plurals and punctuation are folded): keep one");
            }
        }
    }

    private static int[] addAll(PhraseDictionary.Builder builder, List<String> phrases) {
        int[] ids = new int[phrases.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = builder.add(phrases.get(i), CaseMode.INSENSITIVE);
        }
        return ids;
    }

    List<TopicTag> score(ArticleText text) {
        RuleSettings settings = rules.settings();
        Scratch scratch = SCRATCH.get().sizedFor(dictionary.size(), terms.length);
        double[] zoneBoost = {settings.headlineBoost(), settings.leadBoost(), 1.0};
        try {
            dictionary.match(text.tokens(),
                    (phrase, first, length) -> scratch.hit(phrase, zoneBoost[text.zoneOf(first)]));
            // only the terms of phrases that matched are visited: cost follows the article, not the rules' size
            for (int i = 0; i < scratch.touchedCount; i++) {
                int phrase = scratch.touched[i];
                int count = scratch.counts[phrase];
                // the same for every term of the phrase: one logarithm per phrase, not per term
                double repeats = 1 + Math.log(count);
                for (int ref : termsOfPhrase[phrase]) {
                    int t = ref >>> 16;
                    CompiledTerm term = terms[t][ref & 0xFFFF];
                    if (!anyMatched(term.context(), scratch.counts, true)) {
                        continue;
                    }
                    double contribution = term.weight() * scratch.boosts[phrase] * repeats;
                    scratch.addToTopic(ref, count, contribution, term.direct());
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
        for (int t = 0; t < terms.length; t++) {
            double raw = scratch.raw[t];
            if (raw <= 0 || !anyMatched(requires[t], scratch.counts, true)) {
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
        int[] order = new int[scratch.contributionCount];
        double[] shown = new double[scratch.contributionCount];
        int n = 0;
        for (int i = 0; i < scratch.contributionCount; i++) {
            if (scratch.contributionTerms[i] >>> 16 == topic) {
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
        }
        Evidence[] evidence = new Evidence[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            evidence[k] = new Evidence(terms[topic][scratch.contributionTerms[i] & 0xFFFF].text(),
                    scratch.contributionCounts[i], shown[k]);
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
        int[] contributionTerms = new int[64];
        int[] contributionCounts = new int[64];
        double[] contributions = new double[64];
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

        /** Adds the contribution of term {@code ref} (topic << 16 | term index), found {@code count} times. */
        void addToTopic(int ref, int count, double contribution, boolean isDirect) {
            int topic = ref >>> 16;
            raw[topic] += contribution;
            direct[topic] |= isDirect;
            if (contributionCount == contributions.length) {
                int capacity = contributionCount * 2;
                contributionTerms = java.util.Arrays.copyOf(contributionTerms, capacity);
                contributionCounts = java.util.Arrays.copyOf(contributionCounts, capacity);
                contributions = java.util.Arrays.copyOf(contributions, capacity);
            }
            contributionTerms[contributionCount] = ref;
            contributionCounts[contributionCount] = count;
            contributions[contributionCount++] = contribution;
        }

        void reset() {
            for (int i = 0; i < touchedCount; i++) {
                counts[touched[i]] = 0;
                boosts[touched[i]] = 0;
            }
            touchedCount = 0;
            java.util.Arrays.fill(raw, 0);
            java.util.Arrays.fill(direct, false);
            contributionCount = 0;
        }
    }

    /** True when the list is empty (nothing required) or any of its phrases matched. */
    private static boolean anyMatched(int[] phrases, int[] counts, boolean whenEmpty) {
        if (phrases.length == 0) {
            return whenEmpty;
        }
        for (int phrase : phrases) {
            if (counts[phrase] > 0) {
                return true;
            }
        }
        return false;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
