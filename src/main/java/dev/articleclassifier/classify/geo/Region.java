package dev.articleclassifier.classify.geo;

/**
 * A world region: a UN M49 region, sub-region or intermediate region (with its numeric code and parent), or an
 * overlay region that M49 does not define, such as the Middle East (no code, no parent).
 */
public record Region(String id, String label, String m49, String parent) {
}
