package dev.articleclassifier.store;

import static dev.articleclassifier.store.Items.s;

import dev.articleclassifier.classify.RecordFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The sequencer-conditional reads and writes {@link DynamoDbArticleStore} is made of. Each method is one
 * DynamoDB call (or one paginated query) with its condition, except the deletions of several tag items, which go
 * side by side ({@link SideBySide}) and return when all are done; the order of calls is the store's business.
 */
final class TableWrites {

    private static final String NEWER_OR_ABSENT = "attribute_not_exists(" + Items.PK + ") OR "
            + Items.SEQ_KEY + " < :seq";
    private static final String NEWER_EQUAL_OR_ABSENT = "attribute_not_exists(" + Items.PK + ") OR "
            + Items.SEQ_KEY + " <= :seq";

    private final DynamoDbClient dynamo;
    private final String tableName;

    TableWrites(DynamoDbClient dynamo, String tableName) {
        this.dynamo = dynamo;
        this.tableName = tableName;
    }

    boolean articleIsExactly(String articleId, String seq) {
        return seq.equals(storedSeq(articleId));
    }

    /** The article item's sequencer in sortable form, or {@code null} when there is none (a strongly consistent read). */
    String storedSeq(String articleId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(tableName)
                .key(Items.key(articleId, Items.ARTICLE_SK))
                .projectionExpression(Items.SEQ_KEY)
                .consistentRead(true)).item();
        return item == null ? null : Items.string(item, Items.SEQ_KEY);
    }

    /** The version id of the object the article item describes, or {@code null} (a strongly consistent read). */
    String storedVersionId(String articleId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(tableName)
                .key(Items.key(articleId, Items.ARTICLE_SK))
                .projectionExpression(Items.VERSION_ID)
                .consistentRead(true)).item();
        return item == null ? null : Items.string(item, Items.VERSION_ID);
    }

    /** Writes a tag item unless a newer event owns it; {@code false} when it does. */
    boolean putTagUnlessNewer(Map<String, AttributeValue> tag, String seq) {
        try {
            dynamo.putItem(b -> b.tableName(tableName).item(tag)
                    .conditionExpression(NEWER_EQUAL_OR_ABSENT)
                    .expressionAttributeValues(Map.of(":seq", s(seq))));
            return true;
        } catch (ConditionalCheckFailedException newerEventOwnsIt) {
            return false;
        }
    }

    /** Lists the article's tag items (one query) and deletes those not in {@code keep} that an older event wrote. */
    void deleteOlderTags(String articleId, String seq, Set<String> keep) {
        deleteOlderTagsAmong(articleId, tagSortKeys(articleId), seq, keep);
    }

    /** As {@link #deleteOlderTags}, among tag items the caller has just listed: no query of its own. */
    void deleteOlderTagsAmong(String articleId, List<String> tagSortKeys, String seq, Set<String> keep) {
        deleteTagsIf(articleId, tagSortKeys, seq, keep, Items.SEQ_KEY + " < :seq");
    }

    /**
     * Deletes the article's tag items not in {@code keep} that this event or an older one wrote: a rewrite under
     * the same sequencer drops the tags the new classification no longer has, while a newer event's tags survive.
     */
    void deleteTagsUpTo(String articleId, String seq, Set<String> keep) {
        deleteTagsIf(articleId, tagSortKeys(articleId), seq, keep, Items.SEQ_KEY + " <= :seq");
    }

    /** Deletes side by side: each deletion is conditional on its own item, none depends on another. */
    private void deleteTagsIf(String articleId, List<String> tagSortKeys, String seq, Set<String> keep,
                              String condition) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (String sk : tagSortKeys) {
            if (!keep.contains(sk)) {
                keys.add(Items.key(articleId, sk));
            }
        }
        deleteAllIf(keys, condition, seq);
    }

    /** The sort keys of an article's tag items (a strongly consistent query). */
    List<String> tagSortKeys(String articleId) {
        List<String> sortKeys = new ArrayList<>();
        for (Map<String, AttributeValue> item : queryAll(QueryRequest.builder().tableName(tableName)
                .keyConditionExpression(Items.PK + " = :pk AND begins_with(" + Items.SK + ", :tag)")
                .expressionAttributeValues(Map.of(":pk", s(Items.pk(articleId)), ":tag", s(Items.TAG_SK_PREFIX)))
                .projectionExpression(Items.SK))) {
            sortKeys.add(item.get(Items.SK).s());
        }
        return sortKeys;
    }

    /**
     * The article item's sequencer and the article's tag items, read together by one strongly consistent query of
     * the article's partition: what a put or a delete needs to know before it writes, in one request.
     */
    Partition partition(String articleId) {
        String storedSeq = null;
        List<String> tagSortKeys = new ArrayList<>();
        for (Map<String, AttributeValue> item : queryAll(QueryRequest.builder().tableName(tableName)
                .keyConditionExpression(Items.PK + " = :pk")
                .expressionAttributeValues(Map.of(":pk", s(Items.pk(articleId))))
                .projectionExpression(Items.SK + ", " + Items.SEQ_KEY))) {
            String sk = item.get(Items.SK).s();
            if (sk.equals(Items.ARTICLE_SK)) {
                storedSeq = Items.string(item, Items.SEQ_KEY);
            } else if (sk.startsWith(Items.TAG_SK_PREFIX)) {
                tagSortKeys.add(sk);
            }
        }
        return new Partition(storedSeq, tagSortKeys);
    }

    /**
     * What an article's partition holds.
     *
     * @param storedSeq   the article item's sequencer in sortable form, {@code null} when there is no article item
     * @param tagSortKeys the sort keys of its tag items
     */
    record Partition(String storedSeq, List<String> tagSortKeys) {
    }

    /**
     * Every item a strongly consistent query returns. Pages are followed by hand: the SDK's paginator and a stream
     * over it cost a cold start some 20 classes for what is one page in practice.
     */
    private List<Map<String, AttributeValue>> queryAll(QueryRequest.Builder query) {
        query.consistentRead(true);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> next = null;
        do {
            QueryResponse page = dynamo.query(query.exclusiveStartKey(next).build());
            items.addAll(page.items());
            next = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (next != null);
        return items;
    }

    /** @throws ConditionalCheckFailedException when the stored article is absent or holds another sequencer */
    void putArticleIfSequencerIs(Map<String, AttributeValue> item, String seq) {
        dynamo.putItem(b -> b.tableName(tableName).item(item)
                .conditionExpression(Items.SEQ_KEY + " = :seq")
                .expressionAttributeValues(Map.of(":seq", s(seq))));
    }

    /**
     * Sets the article item's top-level {@code rulesHash} to {@code rulesHash} if the item still holds {@code seq}
     * and its {@code classifier.rulesHash} is that hash; {@code false} when it does not.
     */
    boolean copyRulesHashToTopLevel(String articleId, String seq, String rulesHash) {
        try {
            dynamo.updateItem(b -> b.tableName(tableName).key(Items.key(articleId, Items.ARTICLE_SK))
                    .updateExpression("SET #rulesHash = :hash")
                    .conditionExpression(Items.SEQ_KEY + " = :seq AND #classifier.#rulesHash = :hash")
                    .expressionAttributeNames(Map.of("#rulesHash", Items.RULES_HASH,
                            "#classifier", RecordFields.CLASSIFIER))
                    .expressionAttributeValues(Map.of(":seq", s(seq), ":hash", s(rulesHash))));
            return true;
        } catch (ConditionalCheckFailedException changedMeanwhile) {
            return false;
        }
    }

    /** Best-effort undo of the tag items an event wrote before it found a newer event had won. */
    void removeOwnTags(List<Map<String, AttributeValue>> tags, String seq) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>(tags.size());
        for (Map<String, AttributeValue> tag : tags) {
            keys.add(Map.of(Items.PK, tag.get(Items.PK), Items.SK, tag.get(Items.SK)));
        }
        deleteAllIf(keys, Items.SEQ_KEY + " = :seq", seq);
    }

    /** Deletes the items side by side, each if {@code condition} holds; returns when all are done. */
    private void deleteAllIf(List<Map<String, AttributeValue>> keys, String condition, String seq) {
        List<Supplier<Boolean>> deletes = new ArrayList<>(keys.size());
        for (Map<String, AttributeValue> key : keys) {
            deletes.add(() -> deleteIf(key, condition, seq));
        }
        SideBySide.all(deletes);
    }

    /** {@code false} when the condition did not hold and the item stays. */
    private boolean deleteIf(Map<String, AttributeValue> key, String condition, String seq) {
        try {
            dynamo.deleteItem(b -> b.tableName(tableName).key(key).conditionExpression(condition)
                    .expressionAttributeValues(Map.of(":seq", s(seq))));
            return true;
        } catch (ConditionalCheckFailedException ownedByAnotherEvent) {
            // a newer event rewrote the tag: it is that event's to keep
            return false;
        }
    }

    /** @throws ConditionalCheckFailedException when the stored article is as new or newer */
    void putArticleIfNewer(Map<String, AttributeValue> item, String seq) {
        dynamo.putItem(b -> b.tableName(tableName).item(item)
                .conditionExpression(NEWER_OR_ABSENT)
                .expressionAttributeValues(Map.of(":seq", s(seq))));
    }

    /** @throws ConditionalCheckFailedException when the stored article is as new or newer */
    void updateArticleIfNewer(String articleId, String seq, String setExpression, Map<String, String> names,
                              Map<String, AttributeValue> values) {
        Map<String, AttributeValue> allValues = new HashMap<>(values);
        allValues.put(":seq", s(seq));
        dynamo.updateItem(b -> b.tableName(tableName).key(Items.key(articleId, Items.ARTICLE_SK))
                .updateExpression(setExpression + ", " + Items.SEQ_KEY + " = :seq")
                .conditionExpression(NEWER_OR_ABSENT)
                .expressionAttributeNames(names)
                .expressionAttributeValues(allValues));
    }
}
