package dev.articleclassifier.classify.rules;

import java.util.List;

/**
 * The rule for one topic: its identity (id, label, IPTC Media Topic code), the weighted terms that speak for
 * it, the supporting terms that hint at it, the negative terms that speak against it, and terms of which one is
 * required before it can score at all.
 *
 * <p>Supporting terms (for example country names for international news) add to the topic's score like other
 * terms, but a topic backed by supporting terms alone is output only when no topic has direct evidence: they
 * make a good best guess for a short text, and would be noise beside a specific topic ("floods in Kenya" is a
 * disaster, not diplomacy).
 *
 * @param threshold minimum score to be output, or {@code NaN} for the rules' default
 */
public record TopicRule(String id, String label, String iptc, double threshold,
                        List<TermRule> terms, List<TermRule> support, List<TermRule> negatives, List<String> requires) {

    public TopicRule {
        terms = List.copyOf(terms);
        support = List.copyOf(support);
        negatives = List.copyOf(negatives);
        requires = List.copyOf(requires);
    }
}
