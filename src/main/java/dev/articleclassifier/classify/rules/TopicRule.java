package dev.articleclassifier.classify.rules;

import java.util.List;

/**
 * The rule for one topic: its identity (id, label, IPTC Media Topic code), the weighted terms that speak for
 * it, the negative terms that speak against it, and terms of which one is required before it can score at all.
 *
 * @param threshold minimum score to be output, or {@code NaN} for the rules' default
 */
public record TopicRule(String id, String label, String iptc, double threshold,
                        List<TermRule> terms, List<TermRule> negatives, List<String> requires) {

    public TopicRule {
        terms = List.copyOf(terms);
        negatives = List.copyOf(negatives);
        requires = List.copyOf(requires);
    }
}
