package dev.articleclassifier.classify;

import java.util.List;

/**
 * The classifier's verdict on one article: topics, countries and regions, each best first, and which
 * classifier and rules produced it so a record can be traced back to the rules that tagged it.
 *
 * @param rulesHash fingerprint of the rules and gazetteer in force (CRC-32C of each, 16 hex digits)
 */
public record Classification(List<TopicTag> topics, List<CountryTag> countries, List<RegionTag> regions,
                             String classifierVersion, String rulesHash) {

    public Classification {
        topics = List.copyOf(topics);
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
    }

    /** The classification of an article that was not classified (rejected input). */
    public static Classification none(String classifierVersion, String rulesHash) {
        return new Classification(List.of(), List.of(), List.of(), classifierVersion, rulesHash);
    }
}
