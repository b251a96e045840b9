package dev.articleclassifier.classify.rules;

/**
 * How matches turn into scores. A term's contribution is {@code weight × boost × (1 + ln(count))}, where the
 * boost is {@code headlineBoost} for a match in the headline, {@code leadBoost} in the first paragraph and 1
 * elsewhere; a topic's raw score is the sum of its terms' contributions less its negatives', and its score is
 * {@code 1 - exp(-raw / (scale × max(1, sqrt(words / 400))))}, so long articles need proportionally more evidence.
 */
public record RuleSettings(double headlineBoost, double leadBoost, double scale, double threshold, int maxTopics) {

    public static final RuleSettings DEFAULTS = new RuleSettings(3.0, 1.5, 6.0, 0.3, 5);
}
