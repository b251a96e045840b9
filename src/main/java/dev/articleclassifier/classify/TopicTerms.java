package dev.articleclassifier.classify;

import dev.articleclassifier.classify.rules.DataFileException;
import dev.articleclassifier.classify.rules.TermRule;
import dev.articleclassifier.classify.rules.TopicRule;
import dev.articleclassifier.classify.rules.TopicRules;
import dev.articleclassifier.classify.text.CaseMode;
import dev.articleclassifier.classify.text.PhraseDictionary;
import dev.articleclassifier.classify.text.Vocabulary;
import java.util.List;

/**
 * The terms of every topic of a rules file compiled for scoring: one {@link PhraseDictionary} of all their
 * phrases, and per term, numbered topic by topic (direct terms, then supporting, then negative), its topic,
 * signed weight, whether it is direct evidence, its text and its context phrases. Scoring an article visits the
 * terms of each phrase that matched, so these sit in flat arrays indexed by term, and a phrase's terms are one
 * range of an array, rather than objects to follow per match.
 */
final class TopicTerms {

    final PhraseDictionary dictionary;
    /** Per term: its topic (index into the rules' list). */
    final int[] topic;
    /** Per term: its weight, negative for a negative term. */
    final double[] weight;
    /** Per term: whether it is direct evidence (not a supporting term). */
    final boolean[] direct;
    /** Per term: its text as written in the rules. */
    final String[] text;
    /** Term {@code g}'s context phrases are {@code contextPhrases[contextStart[g] .. contextStart[g + 1])}. */
    private final int[] contextStart;
    private final int[] contextPhrases;
    /** Phrase {@code p}'s terms are {@code termsOfPhrase[phraseStart[p] .. phraseStart[p + 1])}, in term order. */
    private final int[] phraseStart;
    private final int[] termsOfPhrase;
    /** Per topic, the phrases of which one must match before it can score (empty: none required). */
    private final int[][] requires;

    TopicTerms(TopicRules rules, Vocabulary vocabulary) {
        PhraseDictionary.Builder builder = PhraseDictionary.builder(vocabulary).exactInShoutingLines(false);
        int count = 0;
        for (TopicRule rule : rules.topics()) {
            count += rule.terms().size() + rule.support().size() + rule.negatives().size();
        }
        topic = new int[count];
        weight = new double[count];
        direct = new boolean[count];
        text = new String[count];
        contextStart = new int[count + 1];
        int[] phraseOf = new int[count];
        int[] context = new int[16];
        int contexts = 0;
        requires = new int[rules.topics().size()][];
        int g = 0;
        // per phrase, 1 + the last term compiled to it: a repeat within a topic is found without a map per topic
        int[] lastTermOf = new int[count];
        for (int t = 0; t < rules.topics().size(); t++) {
            TopicRule rule = rules.topics().get(t);
            int first = g;
            int directEnd = first + rule.terms().size();
            int supportEnd = directEnd + rule.support().size();
            for (List<TermRule> group : List.of(rule.terms(), rule.support(), rule.negatives())) {
                for (TermRule term : group) {
                    phraseOf[g] = add(builder, term.text(), term.caseMode());
                    topic[g] = t;
                    weight[g] = (g < supportEnd ? 1 : -1) * term.weight();
                    direct[g] = g < directEnd;
                    text[g] = term.text();
                    for (String phrase : term.context()) {
                        if (contexts == context.length) {
                            context = java.util.Arrays.copyOf(context, contexts * 2);
                        }
                        context[contexts++] = builder.add(phrase, CaseMode.INSENSITIVE);
                    }
                    contextStart[++g] = contexts;
                }
            }
            // after the whole topic compiled, so that a malformed term is reported before a repeated one
            for (int term = first; term < g; term++) {
                int phrase = phraseOf[term];
                if (phrase >= lastTermOf.length) {
                    lastTermOf = java.util.Arrays.copyOf(lastTermOf, Math.max(phrase + 1, lastTermOf.length * 2));
                }
                if (lastTermOf[phrase] > first) {
                    rejectRepeated(rule, text[lastTermOf[phrase] - 1], text[term]);
                }
                lastTermOf[phrase] = term + 1;
            }
            requires[t] = new int[rule.requires().size()];
            for (int i = 0; i < requires[t].length; i++) {
                requires[t][i] = builder.add(rule.requires().get(i), CaseMode.INSENSITIVE);
            }
        }
        contextPhrases = java.util.Arrays.copyOf(context, contexts);
        dictionary = builder.build();
        phraseStart = new int[dictionary.size() + 1];
        for (int term = 0; term < count; term++) {
            phraseStart[phraseOf[term] + 1]++;
        }
        for (int p = 0; p < dictionary.size(); p++) {
            phraseStart[p + 1] += phraseStart[p];
        }
        termsOfPhrase = new int[count];
        int[] filled = java.util.Arrays.copyOf(phraseStart, dictionary.size());
        for (int term = 0; term < count; term++) {
            termsOfPhrase[filled[phraseOf[term]]++] = term;
        }
    }

    /** Number of topics. */
    int topics() {
        return requires.length;
    }

    int firstTermOf(int phrase) {
        return phraseStart[phrase];
    }

    int endOfTermsOf(int phrase) {
        return phraseStart[phrase + 1];
    }

    /** The term at position {@code i} of the phrases' term lists ({@link #firstTermOf}). */
    int termAt(int i) {
        return termsOfPhrase[i];
    }

    /**
     * Whether term {@code term} has no context phrases, or one of them matched ({@code hits} by phrase, non-zero
     * for a phrase that matched).
     */
    boolean contextMet(int term, long[] hits) {
        int from = contextStart[term];
        int to = contextStart[term + 1];
        if (from == to) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (hits[contextPhrases[i]] != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether topic {@code topic} requires nothing, or one of the phrases it requires matched ({@code hits}). */
    boolean requirementMet(int topic, long[] hits) {
        int[] phrases = requires[topic];
        if (phrases.length == 0) {
            return true;
        }
        for (int phrase : phrases) {
            if (hits[phrase] != 0) {
                return true;
            }
        }
        return false;
    }

    private static int add(PhraseDictionary.Builder builder, String term, CaseMode mode) {
        try {
            return builder.add(term, mode);
        } catch (IllegalArgumentException e) {
            throw new DataFileException("rules: " + e.getMessage(), e);
        }
    }

    /**
     * Two terms of one topic that compile to the same phrase ("troop" and "troops" after plural folding, or
     * "U.S." and "U S") would count every occurrence twice; the author almost certainly meant one term.
     */
    private static void rejectRepeated(TopicRule topic, String earlier, String term) {
        throw new DataFileException("rules: topic \"" + topic.id() + "\" lists \"" + earlier + "\" and \"" + term
                + "\", which match the same words (plurals and punctuation are folded): keep one");
    }
}
