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

    private record CompiledTerm(String text, int phrase, double weight, int[] context) {
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
                compiled.add(compile(builder, term, 1));
            }
            for (TermRule term : topic.negatives()) {
                compiled.add(compile(builder, term, -1));
            }
            terms[t] = compiled.toArray(new CompiledTerm[0]);
            requires[t] = addAll(builder, topic.requires());
        }
        dictionary = builder.build();
    }

    private static CompiledTerm compile(PhraseDictionary.Builder builder, TermRule term, int sign) {
        int phrase;
        try {
            phrase = builder.add(term.text(), term.caseMode());
        } catch (IllegalArgumentException e) {
            throw new dev.articleclassifier.classify.rules.DataFileException("rules: " + e.getMessage(), e);
        }
        int[] context = addAll(builder, term.context());
        return new CompiledTerm(term.text(), phrase, sign * term.weight(), context);
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
        int[] counts = new int[dictionary.size()];
        double[] boosts = new double[dictionary.size()];
        double[] zoneBoost = {settings.headlineBoost(), settings.leadBoost(), 1.0};
        dictionary.match(text.tokens(), (phrase, first, length) -> {
            counts[phrase]++;
            boosts[phrase] = Math.max(boosts[phrase], zoneBoost[text.zoneOf(first)]);
        });
        double lengthFactor = Math.max(1.0, Math.sqrt(text.bodyWords() / 400.0));
        List<Ranked> ranked = new ArrayList<>();
        for (int t = 0; t < terms.length; t++) {
            if (!anyMatched(requires[t], counts, true)) {
                continue;
            }
            double raw = 0;
            List<Evidence> evidence = new ArrayList<>();
            for (CompiledTerm term : terms[t]) {
                int count = counts[term.phrase()];
                if (count == 0 || !anyMatched(term.context(), counts, true)) {
                    continue;
                }
                double contribution = term.weight() * boosts[term.phrase()] * (1 + Math.log(count));
                raw += contribution;
                evidence.add(new Evidence(term.text(), count, round(contribution)));
            }
            if (raw <= 0) {
                continue;
            }
            double score = 1 - Math.exp(-raw / (settings.scale() * lengthFactor));
            TopicRule topic = rules.topics().get(t);
            double threshold = Double.isNaN(topic.threshold()) ? settings.threshold() : topic.threshold();
            if (score >= threshold) {
                evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed());
                ranked.add(new Ranked(raw, new TopicTag(topic.id(), topic.label(), topic.iptc(), round(score), evidence)));
            }
        }
        // rank on the raw score: rounded scores of strong topics saturate at 1.0 and would tie
        ranked.sort(Comparator.comparingDouble(Ranked::raw).reversed());
        return ranked.stream().limit(settings.maxTopics()).map(Ranked::tag).toList();
    }

    private record Ranked(double raw, TopicTag tag) {
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
