package dev.articleclassifier.classify;

/**
 * A world region the article is about, derived from its countries: UN M49 regions and sub-regions, plus
 * overlay regions M49 does not define (the Middle East).
 *
 * @param id    stable id ("western-asia", "middle-east")
 * @param label human label
 * @param m49   the UN M49 numeric code ("145"), or {@code null} for an overlay region
 * @param score 0..1, the strongest salience among its countries
 */
public record RegionTag(String id, String label, String m49, double score) {
}
