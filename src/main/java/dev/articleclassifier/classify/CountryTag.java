package dev.articleclassifier.classify;

import java.util.List;

/**
 * A country the article is about, ranked by salience (headline, dateline, number and position of mentions).
 *
 * @param code     ISO 3166-1 alpha-2 code
 * @param name     English short name
 * @param score    0..1 salience
 * @param mentions how many times the country was named (by name, demonym, capital, city or metonym)
 * @param evidence matched names, strongest first
 */
public record CountryTag(String code, String name, double score, int mentions, List<Evidence> evidence) {

    public CountryTag {
        evidence = List.copyOf(evidence);
    }
}
