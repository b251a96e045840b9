package dev.articleclassifier.store;

import static dev.articleclassifier.store.Articles.BUCKET;
import static dev.articleclassifier.store.Articles.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.articleclassifier.testing.Backend;
import dev.articleclassifier.testing.EmulatorBackend;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Tag items another writer leaves between a put's (or a delete's) first read and its commit: a reclassification
 * committing under the same sequencer, or an older event that fails half-way and is never redelivered to the store.
 * The sweep of older tags after every commit removes them; these interleavings are forced by running the other
 * writer just before the first matching request of the event under test.
 */
class TagSweepAfterCommitTest {

    private final Backend backend = EmulatorBackend.shared();
    private String table;
    private DynamoDbArticleStore store;
    private ArticleQueries queries;

    @BeforeEach
    void createTable() {
        table = "articles-" + UUID.randomUUID();
        backend.createTable(table);
        store = new DynamoDbArticleStore(backend.dynamo(), table);
        queries = new ArticleQueries(backend.dynamo(), table);
    }

    private List<String> headlines(Page<ArticleSummary> page) {
        return page.items().stream().map(ArticleSummary::headline).toList();
    }

    // Problem: a put skipped its second sweep when its commit replaced the sequencer it had read, but a
    // reclassification commits without changing the sequencer, so its tags stayed behind the new record.
    // Fix: every put and delete sweeps older tags after its commit.
    /**
     * reclassify (replaceClassification under the stored sequencer 0A) runs in full between a newer put's first
     * read and its first tag write. The article's seqKey stays 0A, so a commit that compared sequencers would see
     * nobody in between and leave the reclassified tags (sport, BR) behind the new record.
     */
    @Test
    void reclassifyBetweenANewerPutsReadAndItsCommit_leavesNoTagOfTheOldRecord() {
        store.put(record("in/a.txt", "0A", Articles.multiLabel("Old", "2015-12-24")));
        Runnable reclassify = () -> assertEquals(WriteOutcome.WRITTEN, store.replaceClassification(
                record("in/a.txt", "0A", Articles.simple("Retagged", "2015-12-24", "sport", "BR"))));
        try (DynamoDbClient racing = BeforeFirstCall.client(backend.dynamoEndpoint(),
                request -> request instanceof PutItemRequest put
                        && !put.item().get(Items.SK).s().equals(Items.ARTICLE_SK),
                reclassify)) {
            assertEquals(WriteOutcome.WRITTEN, new DynamoDbArticleStore(racing, table)
                    .put(record("in/a.txt", "0B", Articles.simple("New", "2015-12-24", "economy", "US"))));
        }

        assertEquals("New", queries.byLocation(BUCKET, "in/a.txt").orElseThrow().headline());
        assertEquals(List.of(), headlines(queries.byTopic("sport", TimeRange.all(), PageRequest.first(10))));
        assertEquals(List.of(), headlines(queries.byCountry("BR", TimeRange.all(), PageRequest.first(10))));
        assertEquals(List.of(), headlines(queries.byTopic("terrorism", TimeRange.all(), PageRequest.first(10))));
    }

    /** The same race against a delete: the reclassified tags stay listed under a tombstone. */
    @Test
    void reclassifyBetweenADeletesReadAndItsTombstone_leavesNoTagListed() {
        store.put(record("in/a.txt", "0A", Articles.multiLabel("Old", "2015-12-24")));
        Runnable reclassify = () -> assertEquals(WriteOutcome.WRITTEN, store.replaceClassification(
                record("in/a.txt", "0A", Articles.simple("Retagged", "2015-12-24", "sport", "BR"))));
        try (DynamoDbClient racing = BeforeFirstCall.client(backend.dynamoEndpoint(),
                request -> request instanceof UpdateItemRequest, reclassify)) {
            assertEquals(WriteOutcome.WRITTEN, new DynamoDbArticleStore(racing, table)
                    .markDeleted(Articles.object("in/a.txt"), "0B", Instant.parse("2024-06-01T00:00:00Z")));
        }

        assertEquals("DELETED", queries.byLocation(BUCKET, "in/a.txt").orElseThrow().status());
        assertEquals(List.of(), headlines(queries.byTopic("sport", TimeRange.all(), PageRequest.first(10))));
        assertEquals(List.of(), headlines(queries.byCountry("BR", TimeRange.all(), PageRequest.first(10))));
    }

    /**
     * An older put reads, writes two tags and fails (throttled, timed out) between a delete's read and its
     * tombstone. In an unversioned bucket its redelivery finds no object (ArticlePipeline.created: MISSING, the
     * store is never called), so only the delete can remove those tags; nothing else will ever come for the key.
     */
    @Test
    void olderPutFailingHalfWayBeforeADeleteCommits_leavesNoTagUnderTheTombstone_withoutRedelivery() {
        Runnable olderStopsHalfWay = () -> {
            try (DynamoDbClient failing = FailingAfter.calls(backend.dynamoEndpoint(), 3)) {
                assertThrows(SdkClientException.class, () -> new DynamoDbArticleStore(failing, table)
                        .put(record("in/a.txt", "0A", Articles.multiLabel("Old", "2015-12-24"))));
            }
        };
        try (DynamoDbClient racing = BeforeFirstCall.client(backend.dynamoEndpoint(),
                request -> request instanceof UpdateItemRequest, olderStopsHalfWay)) {
            assertEquals(WriteOutcome.WRITTEN, new DynamoDbArticleStore(racing, table)
                    .markDeleted(Articles.object("in/a.txt"), "0B", Instant.parse("2024-06-01T00:00:00Z")));
        }

        assertEquals("DELETED", queries.byLocation(BUCKET, "in/a.txt").orElseThrow().status());
        assertEquals(List.of(), headlines(queries.byTopic("terrorism", TimeRange.all(), PageRequest.first(10))));
        assertEquals(List.of(), headlines(queries.byTopic("diplomacy", TimeRange.all(), PageRequest.first(10))));
    }
}
