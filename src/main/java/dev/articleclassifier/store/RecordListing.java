package dev.articleclassifier.store;

import static dev.articleclassifier.store.Items.s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 * <p>"Records tagged by other rules" is a filter on the {@code rulesHash} the index projects, so records already
 * tagged by the current rules cost index reads only, never a GetItem. A filter applies after the page is read:
 * a page can hold no item and still have a next one, which the SDK's paginator follows.
 */
public final class RecordListing {

    private final DynamoDbClient dynamo;
    private final String tableName;
    private final Integer pageSize;

    public RecordListing(DynamoDbClient dynamo, String tableName) {
        this(dynamo, tableName, null);
    }

    /** @param pageSize index entries read per Query page, or {@code null} for DynamoDB's 1 MB pages */
    RecordListing(DynamoDbClient dynamo, String tableName, Integer pageSize) {
        this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.pageSize = pageSize;
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
                .scanIndexForward(true)
                .limit(pageSize);
        if (countOnly) {
            request.select(Select.COUNT);
        } else {
            names.put("#articleId", Items.ARTICLE_ID);
            request.projectionExpression("#articleId");
        }
        List<String> filters = new ArrayList<>();
        if (selection.keyPrefix() != null) {
            // "key" is a DynamoDB reserved word
            names.put("#key", Items.KEY);
            values.put(":prefix", s(selection.keyPrefix()));
            filters.add("begins_with(#key, :prefix)");
        }
        if (selection.otherRulesThan() != null) {
            // records stored before the top-level rulesHash was written have none: they count as stale
            names.put("#rulesHash", Items.RULES_HASH);
            values.put(":current", s(selection.otherRulesThan()));
            filters.add("(attribute_not_exists(#rulesHash) OR #rulesHash <> :current)");
        }
        if (!filters.isEmpty()) {
            request.filterExpression(String.join(" AND ", filters));
        }
        return request.expressionAttributeNames(names).expressionAttributeValues(values).build();
    }
}
