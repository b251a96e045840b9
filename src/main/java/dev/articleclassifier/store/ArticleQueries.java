package dev.articleclassifier.store;

import static dev.articleclassifier.store.Items.s;

import dev.articleclassifier.classify.RecordFields;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The dashboard's read side. Every question is one GetItem or one Query (never a Scan): records by id or S3
 * location from the table, listings from the {@code byTag} index, newest first, a page at a time.
 * See {@code docs/table-design.md} for the equivalent {@code aws dynamodb query} commands.
 */
public final class ArticleQueries {

    /** The name of the table's one global secondary index (tag or status + time); the template must declare it. */
    public static final String TAG_INDEX = Items.BY_TAG;

    /** The article item's attributes {@link #tagsOf} reads; the id is there to tell an item without tags from none. */
    private static final Map<String, String> TAG_ATTRIBUTES = Map.of("#i", Items.ARTICLE_ID,
            "#t", RecordFields.TOPICS, "#c", RecordFields.COUNTRIES, "#r", RecordFields.REGIONS,
            "#d", RecordFields.DATELINE, "#l", RecordFields.LANGUAGE, "#k", RecordFields.CLASSIFIER);

    private final DynamoDbClient dynamo;
    private final String tableName;

    public ArticleQueries(DynamoDbClient dynamo, String tableName) {
        this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
    }

    /** The record with this id, deleted and rejected ones included. */
    public Optional<StoredArticle> byId(String articleId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(tableName)
                .key(Items.key(articleId, Items.ARTICLE_SK))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ItemReader.article(item));
    }

    /**
     * The tags of the record with this id, with the evidence behind each, or empty when there is no such record.
     * A rejected record has none; a deleted one keeps those of its last classification.
     */
    public Optional<StoredTags> tagsOf(String articleId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(tableName)
                .key(Items.key(articleId, Items.ARTICLE_SK))
                .projectionExpression(String.join(", ", TAG_ATTRIBUTES.keySet()))
                .expressionAttributeNames(TAG_ATTRIBUTES)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ItemReader.tags(item));
    }

    /** The record of the object at {@code s3://bucket/key} (ids are derived from the location). */
    public Optional<StoredArticle> byLocation(String bucket, String key) {
        return byId(ArticleId.of(bucket, key));
    }

    public Page<ArticleSummary> byTopic(String topicId, TimeRange range, PageRequest page) {
        return byTag(TagKey.topic(topicId), range, page);
    }

    /** By ISO 3166-1 alpha-2 code. */
    public Page<ArticleSummary> byCountry(String code, TimeRange range, PageRequest page) {
        return byTag(TagKey.country(code), range, page);
    }

    public Page<ArticleSummary> byRegion(String regionId, TimeRange range, PageRequest page) {
        return byTag(TagKey.region(regionId), range, page);
    }

    public Page<ArticleSummary> byAgency(String agency, TimeRange range, PageRequest page) {
        return byTag(TagKey.agency(agency), range, page);
    }

    /** Records with this status ({@code CLASSIFIED}, {@code REJECTED}, {@code DELETED}) in the range. */
    public Page<ArticleSummary> byStatus(String status, TimeRange range, PageRequest page) {
        return query(Items.statusKey(status), range, page);
    }

    /** The newest classified articles, a page at a time. */
    public Page<ArticleSummary> latest(PageRequest page) {
        return byStatus("CLASSIFIED", TimeRange.all(), page);
    }

    public Page<ArticleSummary> byTag(TagKey tag, TimeRange range, PageRequest page) {
        return query(tag.key(), range, page);
    }

    private Page<ArticleSummary> query(String tagKey, TimeRange range, PageRequest page) {
        QueryRequest request = QueryRequest.builder()
                .tableName(tableName)
                .indexName(TAG_INDEX)
                .keyConditionExpression(Items.TAG_KEY + " = :tag AND " + Items.TIME_KEY + " BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(":tag", s(tagKey), ":from", s(range.from()), ":to", s(range.to())))
                .scanIndexForward(false)
                .limit(page.limit())
                .exclusiveStartKey(PageCursors.decode(page.cursor()))
                .build();
        QueryResponse response = dynamo.query(request);
        return new Page<>(response.items().stream().map(ItemReader::summary).toList(),
                response.hasLastEvaluatedKey() ? PageCursors.encode(response.lastEvaluatedKey()) : null);
    }
}
