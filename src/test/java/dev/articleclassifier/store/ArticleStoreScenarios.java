package dev.articleclassifier.store;

import static dev.articleclassifier.store.Articles.BUCKET;
import static dev.articleclassifier.store.Articles.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.classify.Evidence;
import dev.articleclassifier.local.LocalClients;
import dev.articleclassifier.testing.Backend;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The store's behaviour against a real DynamoDB API. Subclasses choose the backend; every test gets a fresh
 * table created from {@code template.yaml}.
 */
abstract class ArticleStoreScenarios {

    private static final TimeRange DECEMBER_2015 = TimeRange.days(LocalDate.of(2015, 12, 1), LocalDate.of(2016, 1, 1));

    protected String table;
    protected DynamoDbArticleStore store;
    protected ArticleQueries queries;

    protected abstract Backend backend();

    @BeforeEach
    void createTable() {
        table = "articles-" + UUID.randomUUID();
        backend().createTable(table);
        store = new DynamoDbArticleStore(backend().dynamo(), table);
        queries = new ArticleQueries(backend().dynamo(), table);
    }

    @Test
    void put_storesRecordReadableById() {
        assertEquals(WriteOutcome.WRITTEN, store.put(record("incoming/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24"))));

        StoredArticle stored = queries.byId(ArticleId.of(BUCKET, "incoming/a.txt")).orElseThrow();

        assertEquals("Talks", stored.headline());
        assertEquals("CLASSIFIED", stored.status());
        assertEquals(List.of("terrorism", "diplomacy"), stored.topics());
        assertEquals(List.of("RU", "FR", "TR"), stored.countries());
        assertEquals("s3://wire-desk/incoming/a.txt", stored.s3Uri());
        assertEquals("2024-05-01T08:00:00Z", stored.ingestedAt());
    }

    @Test
    void byLocation_findsRecordFromBucketAndKey() {
        store.put(record("incoming/with space+plus é.txt", "0A", Articles.multiLabel("Talks", "2015-12-24")));

        assertEquals("Talks", queries.byLocation(BUCKET, "incoming/with space+plus é.txt").orElseThrow().headline());
    }

    @Test
    void tagsOf_returnsEachTagWithTheEvidenceBehindIt() {
        store.put(record("in/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24")));

        StoredTags tags = queries.tagsOf(ArticleId.of(BUCKET, "in/a.txt")).orElseThrow();

        assertEquals(List.of("terrorism", "diplomacy"), tags.topics().stream().map(StoredTags.Tag::id).toList());
        assertEquals(new StoredTags.Tag("terrorism", "terrorism", 0.9, null, List.of(new Evidence("terrorism", 2, 0.9))),
                tags.topics().get(0));
        assertEquals(new StoredTags.Tag("RU", "Russia", 0.9, 2, List.of(new Evidence("Russia", 2, 0.9))),
                tags.countries().get(0));
        assertEquals(new StoredTags.Tag("western-asia", "Western Asia", 0.4, null, List.of()), tags.regions().get(1));
        assertEquals(List.of("Moscow", "RU", "en", "abc123", "test-1"), List.of(tags.datelinePlace(),
                tags.datelineCountry(), tags.language(), tags.rulesHash(), tags.classifierVersion()));
    }

    @Test
    void tagsOf_rejectedRecord_hasNoTags() {
        store.put(record("in/empty.txt", "0A", Articles.rejected("empty object")));

        StoredTags tags = queries.tagsOf(ArticleId.of(BUCKET, "in/empty.txt")).orElseThrow();

        assertEquals(List.of(), tags.topics());
        assertEquals(List.of(), tags.countries());
        assertEquals(List.of(), tags.regions());
    }

    @Test
    void tagsOf_isEmpty_whenNoSuchRecord() {
        assertTrue(queries.tagsOf(ArticleId.of(BUCKET, "in/missing.txt")).isEmpty());
    }

    static Stream<TagKey> everyTagOfTheMultiLabelArticle() {
        return Stream.of(TagKey.topic("terrorism"), TagKey.topic("diplomacy"), TagKey.country("RU"),
                TagKey.country("fr"), TagKey.country("TR"), TagKey.region("eastern-europe"),
                TagKey.region("western-asia"), TagKey.agency("XINHUA"));
    }

    @ParameterizedTest
    @MethodSource("everyTagOfTheMultiLabelArticle")
    void byTag_findsMultiLabelArticleUnderEachOfItsTags(TagKey tag) {
        store.put(record("incoming/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24")));

        Page<ArticleSummary> page = queries.byTag(tag, DECEMBER_2015, PageRequest.first(10));

        assertEquals(List.of("Talks"), headlines(page));
    }

    @Test
    void byTopic_returnsOnlyArticlesInsideTheTimeRange() {
        store.put(record("in/dec.txt", "0A", Articles.simple("December", "2015-12-24T10:00:00+08:00", "terrorism", "RU")));
        store.put(record("in/jan.txt", "0A", Articles.simple("January", "2016-01-02", "terrorism", "RU")));

        assertEquals(List.of("December"), headlines(queries.byTopic("terrorism", DECEMBER_2015, PageRequest.first(10))));
    }

    @Test
    void byCountryRegionAgency_answerWithTheRightArticles() {
        store.put(record("in/ru.txt", "0A", Articles.multiLabel("Russia story", "2015-12-24")));
        store.put(record("in/us.txt", "0A", Articles.simple("US story", "2015-12-25", "economy", "US")));

        assertEquals(List.of("US story"), headlines(queries.byCountry("US", DECEMBER_2015, PageRequest.first(10))));
        assertEquals(List.of("Russia story"),
                headlines(queries.byRegion("western-asia", DECEMBER_2015, PageRequest.first(10))));
        assertEquals(List.of("US story"), headlines(queries.byAgency("Reuters", DECEMBER_2015, PageRequest.first(10))));
    }

    @Test
    void duplicateEvent_leavesRecordUnchanged() {
        store.put(record("in/a.txt", "0A", Instant.parse("2024-05-01T08:00:00Z"), Articles.multiLabel("First", "2015-12-24")));

        WriteOutcome outcome = store.put(record("in/a.txt", "0A", Instant.parse("2024-05-02T09:00:00Z"),
                Articles.multiLabel("Redelivered", "2015-12-24")));

        StoredArticle stored = queries.byId(ArticleId.of(BUCKET, "in/a.txt")).orElseThrow();
        assertEquals(WriteOutcome.STALE_EVENT_IGNORED, outcome);
        assertEquals("First", stored.headline());
        assertEquals("2024-05-01T08:00:00Z", stored.ingestedAt());
    }

    @Test
    void olderSequencer_afterNewer_isIgnored() {
        store.put(record("in/a.txt", "00000000000000000B", Articles.simple("Newer", "2015-12-24", "economy", "US")));

        WriteOutcome outcome = store.put(record("in/a.txt", "0A", Articles.simple("Older", "2015-12-24", "sport", "FR")));

        assertEquals(WriteOutcome.STALE_EVENT_IGNORED, outcome);
        assertEquals("Newer", queries.byId(ArticleId.of(BUCKET, "in/a.txt")).orElseThrow().headline());
        assertEquals(List.of(), headlines(queries.byTopic("sport", TimeRange.all(), PageRequest.first(10))));
    }

    @Test
    void newerSequencer_replacesRecordAndDropsTagsThatNoLongerApply() {
        store.put(record("in/a.txt", "0A", Articles.simple("Old", "2015-12-24", "sport", "FR")));

        WriteOutcome outcome = store.put(record("in/a.txt", "0B", Articles.simple("New", "2015-12-24", "economy", "FR")));

        assertEquals(WriteOutcome.WRITTEN, outcome);
        assertEquals(List.of(), headlines(queries.byTopic("sport", TimeRange.all(), PageRequest.first(10))));
        assertEquals(List.of("New"), headlines(queries.byTopic("economy", TimeRange.all(), PageRequest.first(10))));
        assertEquals(List.of("New"), headlines(queries.byCountry("FR", TimeRange.all(), PageRequest.first(10))));
    }

    @Test
    void markDeleted_marksRecordDeletedAndRemovesItFromListings() {
        store.put(record("in/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24")));

        WriteOutcome outcome = store.markDeleted(Articles.object("in/a.txt"), "0B", Instant.parse("2024-06-01T00:00:00Z"));

        StoredArticle stored = queries.byId(ArticleId.of(BUCKET, "in/a.txt")).orElseThrow();
        assertEquals(WriteOutcome.WRITTEN, outcome);
        assertEquals("DELETED", stored.status());
        assertEquals("2024-06-01T00:00:00Z", stored.deletedAt());
        assertEquals(List.of(), headlines(queries.byTopic("terrorism", TimeRange.all(), PageRequest.first(10))));
        assertEquals(List.of(), headlines(queries.latest(PageRequest.first(10))));
    }

    @Test
    void permanentDeleteOfAnOlderVersion_leavesTheLiveArticleListed() {
        // Problem: in the versioned bucket, deleting a noncurrent version marked the live article DELETED.
        // Fix: a version delete only deletes the record when the record describes that version.
        ObjectRef v2 = new ObjectRef(BUCKET, "in/a.txt", "v2", "etag-2", 1234);
        store.put(new ArticleRecord(v2, "0B", Articles.INGESTED, Articles.multiLabel("Talks", "2015-12-24")));

        WriteOutcome outcome = store.markVersionDeleted(new ObjectRef(BUCKET, "in/a.txt", "v1", null, -1), "0C",
                Instant.parse("2024-06-01T00:00:00Z"));

        assertEquals(WriteOutcome.OTHER_VERSION_IGNORED, outcome);
        assertEquals("CLASSIFIED", queries.byId(ArticleId.of(BUCKET, "in/a.txt")).orElseThrow().status());
        assertEquals(List.of("Talks"), headlines(queries.byTopic("terrorism", TimeRange.all(), PageRequest.first(10))));
    }

    @Test
    void permanentDeleteOfTheVersionOnRecord_marksItDeleted() {
        ObjectRef v2 = new ObjectRef(BUCKET, "in/a.txt", "v2", "etag-2", 1234);
        store.put(new ArticleRecord(v2, "0B", Articles.INGESTED, Articles.multiLabel("Talks", "2015-12-24")));

        WriteOutcome outcome = store.markVersionDeleted(new ObjectRef(BUCKET, "in/a.txt", "v2", null, -1), "0C",
                Instant.parse("2024-06-01T00:00:00Z"));

        assertEquals(WriteOutcome.WRITTEN, outcome);
        assertEquals("DELETED", queries.byId(ArticleId.of(BUCKET, "in/a.txt")).orElseThrow().status());
    }

    @Test
    void olderPut_afterDelete_leavesRecordDeleted() {
        store.put(record("in/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24")));
        store.markDeleted(Articles.object("in/a.txt"), "0C", Instant.parse("2024-06-01T00:00:00Z"));

        WriteOutcome outcome = store.put(record("in/a.txt", "0B", Articles.multiLabel("Late put", "2015-12-24")));

        assertEquals(WriteOutcome.STALE_EVENT_IGNORED, outcome);
        assertEquals("DELETED", queries.byId(ArticleId.of(BUCKET, "in/a.txt")).orElseThrow().status());
        assertEquals(List.of(), headlines(queries.byTopic("terrorism", TimeRange.all(), PageRequest.first(10))));
    }

    @Test
    void deleteArrivingBeforeItsPut_leavesTombstoneThatIgnoresTheOlderPut() {
        store.markDeleted(Articles.object("in/a.txt"), "0B", Instant.parse("2024-06-01T00:00:00Z"));

        WriteOutcome outcome = store.put(record("in/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24")));

        assertEquals(WriteOutcome.STALE_EVENT_IGNORED, outcome);
        assertEquals("DELETED", queries.byId(ArticleId.of(BUCKET, "in/a.txt")).orElseThrow().status());
    }

    @Test
    void deleteCommittingAfterAConcurrentOlderPut_leavesNoTagOfThatPutInListings() {
        // Problem: a delete swept tag items only before writing its tombstone, so an older put that committed in
        // between (article absent at the delete's check) left its tag items behind: the deleted article stayed
        // listed under its topics. Fix: the delete sweeps older tag items again once its tombstone is committed.
        Runnable olderPut = () -> store.put(record("in/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24")));
        try (DynamoDbClient racing = BeforeFirstCall.client(backend().dynamoEndpoint(),
                request -> request instanceof UpdateItemRequest, olderPut)) {
            WriteOutcome outcome = new DynamoDbArticleStore(racing, table)
                    .markDeleted(Articles.object("in/a.txt"), "0B", Instant.parse("2024-06-01T00:00:00Z"));

            assertEquals(WriteOutcome.WRITTEN, outcome);
        }
        assertEquals("DELETED", queries.byId(ArticleId.of(BUCKET, "in/a.txt")).orElseThrow().status());
        assertEquals(List.of(), headlines(queries.byTopic("terrorism", TimeRange.all(), PageRequest.first(10))));
        assertEquals(List.of(), headlines(queries.byCountry("TR", TimeRange.all(), PageRequest.first(10))));
    }

    @Test
    void putCommittingAfterAConcurrentOlderPut_dropsTheTagsOnlyTheOlderPutHad() {
        // Problem: a newer put swept older tag items only before its commit, so an older put that wrote its tags
        // and committed in between left tags the newer record does not have (the article listed under "terrorism").
        // Fix: after committing the article item, the put sweeps older tag items again.
        Runnable olderPut = () -> store.put(record("in/a.txt", "0A", Articles.multiLabel("Old", "2015-12-24")));
        try (DynamoDbClient racing = BeforeFirstCall.client(backend().dynamoEndpoint(),
                request -> request instanceof PutItemRequest put && put.item().get(Items.SK).s().equals(Items.ARTICLE_SK),
                olderPut)) {
            WriteOutcome outcome = new DynamoDbArticleStore(racing, table)
                    .put(record("in/a.txt", "0B", Articles.simple("New", "2015-12-24", "economy", "US")));

            assertEquals(WriteOutcome.WRITTEN, outcome);
        }
        assertEquals("New", queries.byId(ArticleId.of(BUCKET, "in/a.txt")).orElseThrow().headline());
        assertEquals(List.of(), headlines(queries.byTopic("terrorism", TimeRange.all(), PageRequest.first(10))));
        assertEquals(List.of(), headlines(queries.byCountry("RU", TimeRange.all(), PageRequest.first(10))));
        assertEquals(List.of("New"), headlines(queries.byTopic("economy", TimeRange.all(), PageRequest.first(10))));
    }

    @Test
    void rejectedRecord_isStoredWithReasonAndListedByStatus() {
        store.put(record("in/empty.txt", "0A", Articles.rejected("empty object")));

        StoredArticle stored = queries.byLocation(BUCKET, "in/empty.txt").orElseThrow();
        Page<ArticleSummary> rejected = queries.byStatus("REJECTED", TimeRange.all(), PageRequest.first(10));

        assertEquals("REJECTED", stored.status());
        assertEquals("empty object", stored.reason());
        assertEquals(List.of("empty object"), rejected.items().stream().map(ArticleSummary::reason).toList());
    }

    @Test
    void latest_returnsNewestClassifiedArticlesFirst() {
        store.put(record("in/1.txt", "0A", Articles.simple("Monday", "2015-12-21", "economy", "US")));
        store.put(record("in/3.txt", "0A", Articles.simple("Wednesday", "2015-12-23T12:00:00Z", "economy", "US")));
        store.put(record("in/2.txt", "0A", Articles.simple("Tuesday", "2015-12-22", "economy", "US")));
        store.put(record("in/r.txt", "0A", Articles.rejected("binary")));

        assertEquals(List.of("Wednesday", "Tuesday"), headlines(queries.latest(PageRequest.first(2))));
    }

    @Test
    void pagination_walksEveryArticleOnceAcrossPages() {
        for (int i = 0; i < 7; i++) {
            store.put(record("in/" + i + ".txt", "0A", Articles.simple("Story " + i, "2015-12-1" + i, "economy", "US")));
        }
        List<String> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        int pages = 0;
        while (request != null) {
            Page<ArticleSummary> page = queries.byTopic("economy", DECEMBER_2015, request);
            seen.addAll(headlines(page));
            request = page.hasMore() ? new PageRequest(3, page.cursor()) : null;
            pages++;
        }

        assertEquals(List.of("Story 6", "Story 5", "Story 4", "Story 3", "Story 2", "Story 1", "Story 0"), seen);
        assertTrue(pages >= 3, "expected at least three pages, got " + pages);
    }

    @Test
    void fiveMegabyteBody_isStoredAsBoundedExcerpt() {
        String body = "word ".repeat(1_000_000);

        store.put(record("in/huge.txt", "0A", Articles.withBody(body)));

        StoredArticle stored = queries.byLocation(BUCKET, "in/huge.txt").orElseThrow();
        assertEquals(ArticleItemMapper.BODY_EXCERPT_CHARS, stored.body().length());
        assertTrue(stored.bodyTruncated());
        assertEquals(1_000_000, stored.wordCount());
    }

    @Test
    void dynamoDbUnreachable_putThrowsAndLeavesNoItem() throws Exception {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        try (DynamoDbClient unreachable = LocalClients.dynamo(closedPort, 2)) {
            DynamoDbArticleStore downStore = new DynamoDbArticleStore(unreachable, table);

            assertThrows(SdkClientException.class,
                    () -> downStore.put(record("in/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24"))));
        }
        assertFalse(queries.byLocation(BUCKET, "in/a.txt").isPresent());
        assertEquals(List.of(), headlines(queries.byTopic("terrorism", TimeRange.all(), PageRequest.first(10))));
    }

    @Test
    void failureBeforeTheArticleItem_leavesNoRecordAndRedeliveryCompletesIt() {
        ArticleRecord event = record("in/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24"));
        try (DynamoDbClient failing = FailingAfter.calls(backend().dynamoEndpoint(), 4)) {
            assertThrows(SdkClientException.class, () -> new DynamoDbArticleStore(failing, table).put(event));
        }
        assertFalse(queries.byLocation(BUCKET, "in/a.txt").isPresent());

        assertEquals(WriteOutcome.WRITTEN, store.put(event));

        assertEquals("CLASSIFIED", queries.byLocation(BUCKET, "in/a.txt").orElseThrow().status());
        Set<String> countries = new HashSet<>();
        for (String code : List.of("RU", "FR", "TR")) {
            countries.addAll(headlines(queries.byCountry(code, TimeRange.all(), PageRequest.first(10))));
        }
        assertEquals(Set.of("Talks"), countries);
    }

    @Test
    void put_readsTheArticleAndItsTagsWithOneQuery() {
        // Problem: a put read the article item (GetItem), then queried its tag items before its commit: two
        // requests, and two operations' marshallers for a cold start to load, on every function's first event.
        // Fix: one query of the article's partition returns both; the query after the commit stays.
        CountedCalls counter = new CountedCalls();
        try (DynamoDbClient counted = InterceptedDynamo.client(backend().dynamoEndpoint(), counter)) {
            new DynamoDbArticleStore(counted, table)
                    .put(record("in/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24")));
        }

        // eight tag items (two topics, three countries, two regions, the agency) and the article item
        assertEquals(Map.of("Query", 2, "PutItem", 9), counter.counts());
    }

    @Test
    void newArticle_afterAnOlderEventFailedHalfWay_dropsTheTagsOnlyThatEventWrote() {
        ArticleRecord older = record("in/a.txt", "0A", Articles.multiLabel("Old", "2015-12-24"));
        try (DynamoDbClient failing = FailingAfter.calls(backend().dynamoEndpoint(), 3)) {
            assertThrows(SdkClientException.class, () -> new DynamoDbArticleStore(failing, table).put(older));
        }

        assertEquals(WriteOutcome.WRITTEN,
                store.put(record("in/a.txt", "0B", Articles.simple("New", "2015-12-24", "economy", "US"))));

        assertEquals(List.of(), headlines(queries.byTopic("terrorism", TimeRange.all(), PageRequest.first(10))));
        assertEquals(List.of(), headlines(queries.byTopic("diplomacy", TimeRange.all(), PageRequest.first(10))));
        assertEquals(List.of("New"), headlines(queries.byTopic("economy", TimeRange.all(), PageRequest.first(10))));
    }

    private static List<String> headlines(Page<ArticleSummary> page) {
        return page.items().stream().map(ArticleSummary::headline).toList();
    }
}
