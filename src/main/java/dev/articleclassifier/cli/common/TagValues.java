package dev.articleclassifier.cli.common;

import dev.articleclassifier.classify.Classifier;
import dev.articleclassifier.classify.geo.Region;
import dev.articleclassifier.classify.rules.TopicRule;
import dev.articleclassifier.parse.Agencies;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every value a tag of the table can take, from the bundled rules (topic ids) and gazetteer (country codes,
 * region ids with their parents) and the parser's agency names: what {@code query} checks a typed value
 * against and {@code stats} counts.
 */
public final class TagValues {

    private TagValues() {
    }

    public static List<String> topics(Classifier classifier) {
        return classifier.rules().topics().stream().map(TopicRule::id).toList();
    }

    public static List<String> countries(Classifier classifier) {
        return classifier.gazetteer().countries().stream().map(c -> c.code()).toList();
    }

    public static List<String> regions(Classifier classifier) {
        Set<String> regions = new LinkedHashSet<>();
        classifier.gazetteer().countries().forEach(c -> c.regions().forEach(id -> {
            // parents too, should a gazetteer list only the most specific region of a country
            for (Region r = classifier.gazetteer().region(id); r != null && regions.add(r.id());
                 r = r.parent() == null ? null : classifier.gazetteer().region(r.parent())) {
            }
        }));
        return List.copyOf(regions);
    }

    public static List<String> agencies() {
        return Agencies.names();
    }
}
