package dev.articleclassifier.cli.dashboard;

import dev.articleclassifier.classify.Classifier;
import dev.articleclassifier.classify.geo.Country;
import dev.articleclassifier.classify.geo.Gazetteer;
import dev.articleclassifier.classify.geo.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the dashboard can slice by: the topics of the rules and the regions of the gazetteer, with their labels.
 * The table stores tag ids only in its index keys, so the charts need this list to know which listings to read
 * and what to call them.
 *
 * <p>Regions come in tree order (each region before its sub-regions, siblings by label), so a breakdown can be
 * drawn as an indented list per continent. Overlay regions such as the Middle East have no parent and appear
 * beside the continents.
 *
 * @param topics    topic ids and labels, in the order of the rules file
 * @param regions   regions in tree order
 * @param countries ISO 3166-1 alpha-2 codes and English short names
 */
public record Catalog(List<Entry> topics, List<RegionEntry> regions, List<Entry> countries) {

    /** An id (topic id, country code) and its human label. */
    public record Entry(String id, String label) {
    }

    /**
     * A region with its place in the hierarchy.
     *
     * @param parent id of the enclosing region, or {@code null} for a continent or an overlay region
     * @param depth  0 for a top-level region, 1 for its sub-regions, ...
     */
    public record RegionEntry(String id, String label, String parent, int depth) {
    }

    public Catalog {
        topics = List.copyOf(topics);
        regions = List.copyOf(regions);
        countries = List.copyOf(countries);
    }

    /** The topics and regions the classifier can tag articles with. */
    public static Catalog of(Classifier classifier) {
        List<Entry> topics = classifier.rules().topics().stream().map(t -> new Entry(t.id(), t.label())).toList();
        List<Entry> countries = classifier.gazetteer().countries().stream()
                .map(c -> new Entry(c.code(), c.name())).toList();
        return new Catalog(topics, regionTree(usedRegions(classifier.gazetteer())), countries);
    }

    public String topicLabel(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).map(Entry::label).findFirst().orElse(id);
    }

    public String regionLabel(String id) {
        return regions.stream().filter(r -> r.id().equals(id)).map(RegionEntry::label).findFirst().orElse(id);
    }

    public String countryName(String code) {
        return countries.stream().filter(c -> c.id().equals(code)).map(Entry::label).findFirst().orElse(code);
    }

    /** Every region some country belongs to, with all of their ancestors. */
    private static Map<String, Region> usedRegions(Gazetteer gazetteer) {
        Map<String, Region> used = new LinkedHashMap<>();
        for (Country country : gazetteer.countries()) {
            for (String id : country.regions()) {
                for (Region r = gazetteer.region(id); r != null && !used.containsKey(r.id());
                     r = r.parent() == null ? null : gazetteer.region(r.parent())) {
                    used.put(r.id(), r);
                }
            }
        }
        return used;
    }

    private static List<RegionEntry> regionTree(Map<String, Region> regions) {
        List<RegionEntry> ordered = new ArrayList<>();
        addChildren(regions, null, 0, ordered);
        return ordered;
    }

    private static void addChildren(Map<String, Region> regions, String parent, int depth, List<RegionEntry> out) {
        regions.values().stream()
                .filter(r -> Objects.equals(r.parent(), parent))
                .sorted(Comparator.comparing((Region r) -> r.m49() == null).thenComparing(Region::label))
                .forEach(r -> {
                    out.add(new RegionEntry(r.id(), r.label(), r.parent(), depth));
                    addChildren(regions, r.id(), depth + 1, out);
                });
    }
}
