package dev.articleclassifier.classify;

import dev.articleclassifier.classify.rules.RuleSettings;
import dev.articleclassifier.classify.rules.TermRule;
import dev.articleclassifier.classify.rules.TopicRule;
import dev.articleclassifier.classify.rules.TopicRules;
import dev.articleclassifier.classify.text.CaseMode;
import dev.articleclassifier.classify.text.PhraseDictionary;
import dev.articleclassifier.classify.text.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
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
        dictionary.match(text.tokens(), (phrase, first, length) -> scratch.hit(phrase, zoneBoost[text.zoneOf(first)]));
        try {
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
                    scratch.addToTopic(t, contribution, new Evidence(term.text(), count, round(contribution)),
                            term.direct());
                }
            }
            return ranked(scratch, settings, Math.max(1.0, Math.sqrt(text.bodyWords() / 400.0)));
        } finally {
            scratch.reset();
        }
    }

    private List<TopicTag> ranked(Scratch scratch, RuleSettings settings, double lengthFactor) {
        List<Ranked> ranked = new ArrayList<>();
        boolean anyDirect = false;
        for (int t = 0; t < terms.length; t++) {
            double raw = scratch.raw[t];
            if (raw <= 0 || !anyMatched(requires[t], scratch.counts, true)) {
                continue;
            }
            double score = 1 - Math.exp(-raw / (settings.scale() * lengthFactor));
            TopicRule topic = rules.topics().get(t);
            double threshold = Double.isNaN(topic.threshold()) ? settings.threshold() : topic.threshold();
            if (score >= threshold) {
                List<Evidence> evidence = new ArrayList<>(scratch.evidence.get(t));
                evidence.sort(STRONGEST_FIRST);
                ranked.add(new Ranked(raw, scratch.direct[t],
                        new TopicTag(topic.id(), topic.label(), topic.iptc(), round(score), evidence)));
                anyDirect |= scratch.direct[t];
            }
        }
        if (anyDirect) {
            // supporting evidence alone only stands in when nothing more specific was found
            ranked.removeIf(r -> !r.direct());
        }
        // rank on the raw score: rounded scores of strong topics saturate at 1.0 and would tie
        ranked.sort(HIGHEST_RAW_FIRST);
        List<TopicTag> tags = new ArrayList<>(Math.min(ranked.size(), settings.maxTopics()));
        for (int i = 0; i < ranked.size() && i < settings.maxTopics(); i++) {
            tags.add(ranked.get(i).tag());
        }
        return tags;
    }

    private record Ranked(double raw, boolean direct, TopicTag tag) {
    }

    private static final Comparator<Evidence> STRONGEST_FIRST = Comparator.comparingDouble(Evidence::weight).reversed();
    private static final Comparator<Ranked> HIGHEST_RAW_FIRST = Comparator.comparingDouble(Ranked::raw).reversed();

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * Per-thread working arrays for one article, reset after use: which phrases matched, how often, with which
     * zone boost, and the raw score and evidence per topic. Reusing them keeps scoring free of allocations that
     * grow with the size of the rules.
     */
    private static final class Scratch {
        int[] counts = new int[0];
        double[] boosts = new double[0];
        int[] touched = new int[64];
        int touchedCount;
        double[] raw = new double[0];
        boolean[] direct = new boolean[0];
        List<List<Evidence>> evidence = new ArrayList<>();

        Scratch sizedFor(int phrases, int topics) {
            if (counts.length < phrases) {
                counts = new int[phrases];
                boosts = new double[phrases];
            }
            if (raw.length < topics) {
                raw = new double[topics];
                direct = new boolean[topics];
                while (evidence.size() < topics) {
                    evidence.add(new ArrayList<>());
                }
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

        void addToTopic(int topic, double contribution, Evidence item, boolean isDirect) {
            raw[topic] += contribution;
            direct[topic] |= isDirect;
            evidence.get(topic).add(item);
        }

        void reset() {
            for (int i = 0; i < touchedCount; i++) {
                counts[touched[i]] = 0;
                boosts[touched[i]] = 0;
            }
            touchedCount = 0;
            java.util.Arrays.fill(raw, 0);
            java.util.Arrays.fill(direct, false);
            for (List<Evidence> list : evidence) {
                list.clear();
            }
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
