package dev.articleclassifier.store;

import dev.articleclassifier.classify.Evidence;
import java.util.List;

/**
 * What the classifier concluded about one stored record, and why: each topic, country and region with its score
 * and the evidence behind it, as the article item holds them. Topics come from rule terms; countries from the
 * gazetteer's names, demonyms, capitals and cities, weighted up when the dateline names the place; regions are
 * derived from the countries and carry no evidence of their own. Evidence is the strongest few matched terms per
 * tag (the item keeps a bounded number), so it explains a tag without replaying the classifier.
 *
 * <p>{@code rulesHash} and {@code classifierVersion} say which rules and code produced the tags, so a reader can
 * tell a record tagged by older rules. {@code language} is the one the parser detected: text not in English gets
 * no topic tags, which explains an empty topic list. Any of these may be {@code null} (rejected records, items
 * written before the field existed).
 *
 * @param topics          best first; {@link Tag#mentions()} is {@code null}; {@link Tag#why()} says why each was tagged
 * @param nearMisses      the strongest topics that had evidence but were not tagged, with {@link Tag#rule()} the
 *                        decision rule that stopped each (empty on items written before decisions were explained)
 * @param countries       by ISO 3166-1 alpha-2 code in {@link Tag#id()}, English short name in {@link Tag#label()}
 * @param regions         M49 and overlay regions; no evidence, no mentions
 * @param datelinePlace   the place the story was filed from ("MOSCOW, Dec. 24 (Xinhua) --" gives Moscow)
 * @param datelineCountry the ISO code of the dateline's place, when the gazetteer knows it
 */
public record StoredTags(List<Tag> topics, List<Tag> nearMisses, List<Tag> countries, List<Tag> regions,
                         String datelinePlace, String datelineCountry, String language, String rulesHash,
                         String classifierVersion) {

    /** No tags at all, as for a rejected record. */
    public static final StoredTags NONE = new StoredTags(List.of(), List.of(), List.of(), List.of(), null, null, null,
            null, null);

    public StoredTags {
        topics = List.copyOf(topics);
        nearMisses = List.copyOf(nearMisses);
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
    }

    /**
     * One tag as stored.
     *
     * @param id       topic id, country code or region id
     * @param label    human label, or {@code null} when the item has none
     * @param score    0..1 salience (0 when missing from the item)
     * @param mentions how many times a country was named; {@code null} for topics and regions
     * @param evidence matched terms, strongest first
     * @param rule     for a near miss, the decision rule that stopped it; {@code null} otherwise
     * @param why      for a topic, why it was tagged or stopped, in words; {@code null} for countries, regions and
     *                 items written before decisions were explained
     */
    public record Tag(String id, String label, double score, Integer mentions, List<Evidence> evidence, String rule,
                      String why) {

        public Tag {
            evidence = List.copyOf(evidence);
        }

        /** A tag without a decision (countries, regions, older items). */
        public Tag(String id, String label, double score, Integer mentions, List<Evidence> evidence) {
            this(id, label, score, mentions, evidence, null, null);
        }
    }
}
