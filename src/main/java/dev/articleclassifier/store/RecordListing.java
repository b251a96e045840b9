package dev.articleclassifier.store;

import static dev.articleclassifier.store.Items.s;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Enumerates stored records for a backfill, oldest first, with Query on the {@code byTag} index (the article
 * item of every record sits in its {@code STATUS#…} partition), never Scan; and reads one record's
 * {@link RecordSnapshot} with a strongly consistent GetItem.
 *
 * <p>The rules hash is not projected into the index, so "records tagged by other rules" is decided on the
 * snapshot, which a rewrite needs anyway for its sequencer.
 */
public final class RecordListing {

    private final DynamoDbClient dynamo;
    private final String tableName;

    public RecordListing(DynamoDbClient dynamo, String tableName) {
        this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
    }

    /** How many records the selection holds (Query with {@code Select=COUNT}: index reads, no items returned). */
    public long count(RecordSelection selection) {
        long total = 0;
        for (String status : selection.statuses()) {
            total += dynamo.queryPaginator(query(status, selection, true)).stream()
                    .mapToLong(page -> page.count()).sum();
        }
        return total;
    }

    /** Hands the id of every selected record to {@code sink}, page by page, status by status. */
    public void forEachId(RecordSelection selection, Consumer<String> sink) {
        for (String status : selection.statuses()) {
            dynamo.queryPaginator(query(status, selection, false)).items().stream()
                    .map(item -> Items.string(item, Items.ARTICLE_ID))
                    .filter(Objects::nonNull)
                    .forEach(sink);
        }
    }

    /** The record as it is now, or empty when there is none. */
    public Optional<RecordSnapshot> snapshot(String articleId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(tableName)
                .key(Items.key(articleId, Items.ARTICLE_SK)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ItemReader.snapshot(item));
    }

    private QueryRequest query(String status, RecordSelection selection, boolean countOnly) {
        Map<String, String> names = new HashMap<>(Map.of("#tagKey", Items.TAG_KEY, "#timeKey", Items.TIME_KEY));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":status", s(Items.statusKey(status)),
                ":from", s(selection.range().from()), ":to", s(selection.range().to())));
        QueryRequest.Builder request = QueryRequest.builder()
                .tableName(tableName)
                .indexName(Items.BY_TAG)
                .keyConditionExpression("#tagKey = :status AND #timeKey BETWEEN :from AND :to")
                .scanIndexForward(true);
        if (countOnly) {
            request.select(Select.COUNT);
        } else {
            names.put("#articleId", Items.ARTICLE_ID);
            request.projectionExpression("#articleId");
        }
        if (selection.keyPrefix() != null) {
            // "key" is a DynamoDB reserved word
            names.put("#key", Items.KEY);
            values.put(":prefix", s(selection.keyPrefix()));
            request.filterExpression("begins_with(#key, :prefix)");
        }
        return request.expressionAttributeNames(names).expressionAttributeValues(values).build();
    }
}
