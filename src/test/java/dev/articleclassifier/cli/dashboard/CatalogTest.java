package dev.articleclassifier.cli.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.classify.Classifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = Catalog.of(Classifier.bundled());
    }

    @Test
    void regions_listEachParentBeforeItsChildren() {
        Set<String> seen = new HashSet<>();
        for (Catalog.RegionEntry region : catalog.regions()) {
            assertTrue(region.parent() == null || seen.contains(region.parent()), region.id());
            seen.add(region.id());
        }
    }

    @Test
    void regions_topLevelAreTheContinentsThenOverlays() {
        List<String> top = catalog.regions().stream().filter(r -> r.depth() == 0).map(Catalog.RegionEntry::id).toList();

        assertEquals(List.of("africa", "americas", "asia", "europe", "oceania", "middle-east"), top);
    }

    @Test
    void labels_comeFromRulesAndGazetteer() {
        assertEquals("Terrorism", catalog.topicLabel("terrorism"));
        assertEquals("Western Asia", catalog.regionLabel("western-asia"));
        assertEquals("Kenya", catalog.countryName("KE"));
    }

    @Test
    void labels_fallBackToTheId_whenUnknown() {
        assertEquals("retired-topic", catalog.topicLabel("retired-topic"));
    }
}
