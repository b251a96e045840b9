package dev.articleclassifier.classify.geo;

import java.util.List;

/**
 * A country or territory of ISO 3166-1 with the regions it belongs to, most specific first, ancestors and
 * overlays included ("western-asia", "asia", "middle-east").
 */
public record Country(String code, String name, List<String> regions) {

    public Country {
        regions = List.copyOf(regions);
    }
}
