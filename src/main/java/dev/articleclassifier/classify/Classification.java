package dev.articleclassifier.classify;

import java.util.List;

/**
 * The classifier's verdict on one article: topics, countries and regions, each best first, the strongest topics
 * that had evidence but were not tagged (with the rule that stopped each), and which classifier and rules
 * produced it so a record can be traced back to the rules that tagged it.
 *
 * @param nearMisses the strongest topics left off, best first (a few at most)
 * @param rulesHash  fingerprint of the rules and gazetteer in force (CRC-32C of each, 16 hex digits)
 */
public record Classification(List<TopicTag> topics, List<TopicMiss> nearMisses, List<CountryTag> countries,
                             List<RegionTag> regions, String classifierVersion, String rulesHash) {

    public Classification {
        topics = List.copyOf(topics);
        nearMisses = List.copyOf(nearMisses);
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
    }

    /** A classification without near misses (records written before decisions were explained, tests). */
    public Classification(List<TopicTag> topics, List<CountryTag> countries, List<RegionTag> regions,
                          String classifierVersion, String rulesHash) {
        this(topics, List.of(), countries, regions, classifierVersion, rulesHash);
    }

    /** The classification of an article that was not classified (rejected input). */
    public static Classification none(String classifierVersion, String rulesHash) {
        return new Classification(List.of(), List.of(), List.of(), classifierVersion, rulesHash);
    }
}
