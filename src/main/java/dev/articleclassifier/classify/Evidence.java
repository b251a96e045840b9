package dev.articleclassifier.classify;

/**
 * Why a tag was given: one rule term that matched, how often, and how much it contributed.
 *
 * @param term   the term or phrase as written in the rules or gazetteer ("suicide bomber", "the Kremlin")
 * @param count  how many times it matched in the article
 * @param weight its contribution to the raw score, after headline and lead boosts
 */
public record Evidence(String term, int count, double weight) {
}
