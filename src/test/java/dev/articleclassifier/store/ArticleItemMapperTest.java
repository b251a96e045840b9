package dev.articleclassifier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ArticleItemMapperTest {

    private final ArticleItemMapper mapper = new ArticleItemMapper();

    @Test
    void articleItem_staysUnderTenKilobytes_forFiveMegabyteBody() {
        ArticleRecord record = Articles.record("in/huge.txt", "0A", Articles.withBody("x".repeat(5 * 1024 * 1024)));

        Map<String, AttributeValue> item = mapper.articleItem(record, ArticleId.of(record.object()));

        assertTrue(approximateSize(item) < 10_000, "item size " + approximateSize(item));
    }

    @Test
    void articleItem_keepsBylineSiteAndUrl_whenTheArticleNamesThem() {
        ArticleRecord record = Articles.record("in/page.html", "0A", Articles.fromWebPage("Rates held"));

        Map<String, AttributeValue> item = mapper.articleItem(record, ArticleId.of(record.object()));
        StoredArticle read = ItemReader.article(item);

        assertEquals("Peter Hall", read.byline());
        assertEquals("Reuters", read.site());
        assertEquals("https://www.reuters.example/markets/rates", read.url());
    }

    @Test
    void articleItem_leavesBylineSiteAndUrlOut_whenTheArticleNamesNone() {
        ArticleRecord record = Articles.record("in/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24"));

        Map<String, AttributeValue> item = mapper.articleItem(record, ArticleId.of(record.object()));

        assertTrue(!item.containsKey("byline") && !item.containsKey("site") && !item.containsKey("url"),
                item.keySet().toString());
    }

    @Test
    void articleItem_keepsWhyEachTopicWasTaggedAndTheNearMisses_andReadsThemBack() {
        dev.articleclassifier.classify.ClassifiedArticle classified = dev.articleclassifier.classify.DocumentClassifier
                .bundled().classify(("Troops shell rebel town as peace talks stall\n\nGovernment troops shelled the "
                        + "rebel-held town on Monday as peace talks between the two governments stalled, the "
                        + "foreign ministers' envoys said. Artillery fire and air strikes continued.\n")
                        .getBytes(StandardCharsets.UTF_8), "story.txt");
        ArticleRecord record = Articles.record("in/a.txt", "0A", classified);

        StoredTags read = ItemReader.tags(mapper.articleItem(record, ArticleId.of(record.object())));

        dev.articleclassifier.classify.TopicTag first = classified.classification().topics().get(0);
        assertEquals(first.id(), read.topics().get(0).id());
        assertEquals(first.why(), read.topics().get(0).why());
        assertEquals(classified.classification().nearMisses().size(), read.nearMisses().size());
        assertTrue(!read.nearMisses().isEmpty(), "this story has near misses");
        assertEquals(classified.classification().nearMisses().get(0).rule(), read.nearMisses().get(0).rule());
        assertEquals(classified.classification().nearMisses().get(0).why(), read.nearMisses().get(0).why());
    }

    @Test
    void itemsWrittenBeforeDecisionsWereExplained_readBackWithoutReasonsOrNearMisses() {
        ArticleRecord record = Articles.record("in/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24"));
        Map<String, AttributeValue> item = new java.util.HashMap<>(mapper.articleItem(record, ArticleId.of(record.object())));
        item.remove("nearMisses");

        StoredTags read = ItemReader.tags(item);

        assertEquals(List.of(), read.nearMisses());
        assertEquals(null, read.topics().get(0).why());
    }

    @Test
    void articleItem_repeatsTheRulesHashAtTheTopLevel_forTheIndexToProject() {
        ArticleRecord record = Articles.record("in/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24"));

        Map<String, AttributeValue> item = mapper.articleItem(record, ArticleId.of(record.object()));

        assertEquals("abc123", item.get(Items.RULES_HASH).s());
        assertTrue(ArticleItemMapper.SUMMARY_ATTRIBUTES.contains(Items.RULES_HASH));
    }

    @Test
    void tagItems_oneForEveryTopicCountryRegionAndAgency() {
        ArticleRecord record = Articles.record("in/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24"));

        List<String> keys = mapper.tagItems(record, "id").stream().map(item -> item.get(Items.TAG_KEY).s()).toList();

        assertEquals(List.of("TOPIC#terrorism", "TOPIC#diplomacy", "COUNTRY#RU", "COUNTRY#FR", "COUNTRY#TR",
                "REGION#eastern-europe", "REGION#western-asia", "AGENCY#xinhua"), keys);
    }

    @Test
    void tagItems_noneForRejectedRecord() {
        ArticleRecord record = Articles.record("in/empty.txt", "0A", Articles.rejected("empty object"));

        assertEquals(List.of(), mapper.tagItems(record, "id"));
    }

    @Test
    void bounded_neverSplitsASurrogatePair() {
        String text = "ab\uD83D\uDE00cd";

        assertEquals("ab", ArticleItemMapper.bounded(text, 3));
    }

    /** DynamoDB's item size: attribute names plus values, UTF-8 (numbers and nesting counted generously). */
    private static long approximateSize(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            size += e.getKey().getBytes(StandardCharsets.UTF_8).length + approximateSize(e.getValue());
        }
        return size;
    }

    private static long approximateSize(AttributeValue value) {
        if (value.s() != null) {
            return value.s().getBytes(StandardCharsets.UTF_8).length;
        }
        if (value.hasM()) {
            return 3 + approximateSize(value.m());
        }
        if (value.hasL()) {
            return 3 + value.l().stream().mapToLong(v -> 1 + approximateSize(v)).sum();
        }
        return 21;
    }
}
