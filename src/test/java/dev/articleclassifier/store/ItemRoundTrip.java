package dev.articleclassifier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.CountryTag;
import dev.articleclassifier.classify.TopicTag;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Writes a result as the store's DynamoDB items and reads the article item back, for tests of other packages. */
public final class ItemRoundTrip {

    private static final ArticleItemMapper MAPPER = new ArticleItemMapper();

    private ItemRoundTrip() {
    }

    /** The article item read back holds the status, reason, headline and tags that were written. */
    public static void assertRoundTrips(ClassifiedArticle result) {
        ArticleRecord record = new ArticleRecord(new ObjectRef("bucket", "incoming/fuzz.txt", null, null, 10),
                "0A", Instant.parse("2026-01-01T00:00:00Z"), result);
        String id = ArticleId.of(record.object());
        Map<String, AttributeValue> item = MAPPER.articleItem(record, id);
        MAPPER.tagItems(record, id);
        StoredArticle stored = ItemReader.article(item);
        assertEquals(result.status().name(), stored.status());
        assertEquals(ArticleItemMapper.bounded(result.reason(), ArticleItemMapper.TEXT_CHARS), stored.reason());
        if (result.article() != null) {
            assertEquals(emptyToNull(ArticleItemMapper.bounded(result.article().headline(),
                    ArticleItemMapper.HEADLINE_CHARS)), stored.headline());
        }
        assertEquals(result.classification().topics().stream().map(TopicTag::id).toList(), stored.topics());
        assertEquals(result.classification().countries().stream().map(CountryTag::code).toList(),
                stored.countries());
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
