package dev.articleclassifier.classify.rules;

import java.util.List;

/**
 * The rule for one topic: its identity (id, label, IPTC Media Topic code), the weighted terms that speak for
 * it, the supporting terms that hint at it, the negative terms that speak against it, and terms of which one is
 * required before it can score at all.
 *
 * <p>Supporting terms (names of places, people and institutions that hint at a topic) add to the topic's score
 * once it has direct evidence: "talks" in a story that names two governments weighs more than "talks" alone.
 *
 * <p>Supporting terms never decide a topic on their own: a topic whose only evidence is supporting terms is not
 * tagged, however strong, because a story that names Japan or Putin is not thereby about diplomacy.
 *
 * @param description what a story must be about to carry the topic, matching the IPTC code's definition
 * @param threshold   minimum score to be output, or {@code NaN} for the rules' default
 * @param broader     id of the topic this one narrows in the IPTC hierarchy (elections and diplomacy are
 *                    narrower than politics), or "" for none; see {@link RuleSettings#narrowerShare()}
 */
public record TopicRule(String id, String label, String iptc, String description, double threshold,
                        List<TermRule> terms, List<TermRule> support, List<TermRule> negatives, List<String> requires,
                        String broader) {

    public TopicRule {
        terms = List.copyOf(terms);
        support = List.copyOf(support);
        negatives = List.copyOf(negatives);
        requires = List.copyOf(requires);
    }
}
