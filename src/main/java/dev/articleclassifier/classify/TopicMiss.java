package dev.articleclassifier.classify;

import java.util.List;

/**
 * A topic that had evidence in the article but was not tagged, with the decision rule that stopped it. A record
 * keeps the strongest few so that a rules editor can see, from the record alone, what to change: a term to add,
 * a weight to raise, or a setting ({@code secondaryShare}, {@code narrowerShare}, {@code secondaryMinTerms}, a threshold) to move.
 *
 * @param id       topic id from the rules
 * @param label    human label
 * @param score    the score it reached, 0..1
 * @param rule     the rule that stopped it, a name from {@link StopRule}
 * @param why      the same in words, with the figures ("12% of the strongest topic's raw score, a further topic
 *                 needs 25%")
 * @param evidence its matched terms, strongest first
 */
public record TopicMiss(String id, String label, double score, String rule, String why, List<Evidence> evidence) {

    public TopicMiss {
        evidence = List.copyOf(evidence);
    }

    /** The decision rules that can keep a topic with evidence off a record, named as in the rules file. */
    public enum StopRule {
        /** Only supporting terms (names) matched: they never decide a topic. */
        SUPPORT("support"),
        /** None of the topic's required terms occurred. */
        REQUIRES("requires"),
        /** Negative terms outweighed the evidence. */
        NEGATIVE("negative"),
        /** The score stayed below the topic's threshold. */
        THRESHOLD("threshold"),
        /** A further topic below the share of the strongest topic's score. */
        SECONDARY_SHARE("secondaryShare"),
        /** A further topic narrower than the strongest one, below the share such a topic needs. */
        NARROWER_SHARE("narrowerShare"),
        /** A further topic with evidence from too few distinct terms. */
        SECONDARY_MIN_TERMS("secondaryMinTerms"),
        /** The record already carries maxTopics topics. */
        MAX_TOPICS("maxTopics");

        private final String ruleName;

        StopRule(String ruleName) {
            this.ruleName = ruleName;
        }

        /** The name of the setting or rules field, as a rules editor finds it in the file. */
        public String ruleName() {
            return ruleName;
        }
    }
}
