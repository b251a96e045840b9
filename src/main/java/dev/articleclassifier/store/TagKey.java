package dev.articleclassifier.store;

import java.util.Locale;
import java.util.Objects;

/**
 * One value an article can be found under: a topic, a country, a region or an agency. Each tag of an article is
 * its own small item whose {@link #key()} is the partition key of the {@code byTag} index, so a multi-label
 * article is found under every one of its labels. Values are normalised the same way on write and on query.
 *
 * @param kind  what the value names
 * @param value normalised value ("terrorism", "RU", "western-asia", "xinhua")
 */
public record TagKey(Kind kind, String value) {

    /** The dimensions dashboards slice by. */
    public enum Kind { TOPIC, COUNTRY, REGION, AGENCY }

    public TagKey {
        Objects.requireNonNull(kind, "kind");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("blank " + kind + " tag");
        }
    }

    public static TagKey topic(String id) {
        return new TagKey(Kind.TOPIC, id.trim());
    }

    /** ISO 3166-1 alpha-2, upper case. */
    public static TagKey country(String code) {
        return new TagKey(Kind.COUNTRY, code.trim().toUpperCase(Locale.ROOT));
    }

    public static TagKey region(String id) {
        return new TagKey(Kind.REGION, id.trim());
    }

    /** Agency names are matched without regard to case or spacing: "Xinhua", "XINHUA " and "xinhua" are one. */
    public static TagKey agency(String name) {
        return new TagKey(Kind.AGENCY, singleSpaced(name.trim()).toLowerCase(Locale.ROOT));
    }

    /**
     * Every run of ASCII whitespace (what {@code \s} matches) as one space: a loop rather than a regular
     * expression, compiled anew on every call, since every stored article has its agency tagged.
     */
    private static String singleSpaced(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                inSpace = true;
            } else {
                if (inSpace) {
                    out.append(' ');
                    inSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code TOPIC#terrorism}: the index partition key. */
    public String key() {
        return kind + "#" + value;
    }

    // Written out rather than generated: a record's generated equals and hashCode bootstrap method handles on
    // first use, some 20 ms of a cold start, and the store hashes tag keys on every function's first event.
    @Override
    public boolean equals(Object other) {
        return other instanceof TagKey tag && kind == tag.kind && value.equals(tag.value);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + value.hashCode();
    }
}
