package dev.articleclassifier.classify.rules;

/**
 * How matches turn into scores, and scores into the topics a record carries.
 *
 * <p>Scoring: a term's contribution is {@code weight × boost × (1 + ln(count))}, where the boost is
 * {@code headlineBoost} for a match in the headline, {@code leadBoost} in the first paragraph and 1 elsewhere; a
 * topic's raw score is the sum of its terms' contributions less its negatives', and its score is
 * {@code 1 - exp(-raw / (scale × max(1, sqrt(words / 400))))}, so long articles need proportionally more evidence.
 *
 * <p>Deciding: the strongest topic is tagged when its score reaches the threshold. A story is mostly about one
 * thing, so any further topic must also show that the story is about it, not that a few of its words occur: its
 * raw score must reach {@code secondaryShare} of the strongest topic's, and its evidence must come from at least
 * {@code secondaryMinTerms} distinct terms (one fewer when one of them is in the headline, when its raw score
 * reaches {@code closeShare} of the strongest's, or when the story is a brief of fewer than {@code briefWords}
 * words, with room for few terms). A topic narrower than the strongest one (elections in a politics
 * story: {@link TopicRule#broader()}) needs only {@code narrowerShare}: the broader topic's vocabulary (parties,
 * leaders, parliament) fills the same story, so the narrower one's share of it is small even when the story is
 * about it. At most {@code maxTopics} are tagged.
 *
 * @param secondaryShare    share (0..1) of the strongest topic's raw score that any further topic must reach
 * @param secondaryMinTerms distinct direct terms (names do not count) that any further topic needs, one fewer when
 *                          one of them is in the headline, when it reaches {@code closeShare}, or in a brief
 * @param narrowerShare     the share a topic needs instead of {@code secondaryShare} when the strongest topic is
 *                          its broader topic
 * @param closeShare        share (0..1) of the strongest topic's raw score from which a further topic needs one
 *                          distinct term fewer: evidence nearly as strong as the strongest topic's is not a few
 *                          stray words
 * @param briefWords        stories whose body has fewer words are briefs, where a further topic needs one distinct
 *                          term fewer
 */
public record RuleSettings(double headlineBoost, double leadBoost, double scale, double threshold, int maxTopics,
                           double secondaryShare, int secondaryMinTerms, double narrowerShare, double closeShare,
                           int briefWords) {

    public static final RuleSettings DEFAULTS = new RuleSettings(3.0, 1.5, 6.0, 0.3, 3, 0.25, 3, 0.1, 0.5, 100);
}
