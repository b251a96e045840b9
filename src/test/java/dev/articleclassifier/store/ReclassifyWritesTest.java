package dev.articleclassifier.store;

import static dev.articleclassifier.store.Articles.BUCKET;
import static dev.articleclassifier.store.Articles.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.classify.Classification;
import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.local.LocalClients;
import dev.articleclassifier.testing.Backend;
import dev.articleclassifier.testing.EmulatorBackend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The backfill's side of the store on the emulators: {@link DynamoDbArticleStore#replaceClassification}, which
 * rewrites a record only while it still comes from the same S3 event, and {@link RecordListing}, which selects
 * records from the index.
 */
class ReclassifyWritesTest {

    private final Backend backend = EmulatorBackend.shared();
    private String table;
    private DynamoDbArticleStore store;
    private ArticleQueries queries;
    private RecordListing listing;

    @BeforeEach
    void createTable() {
        table = "articles-" + UUID.randomUUID();
        backend.createTable(table);
        store = new DynamoDbArticleStore(backend.dynamo(), table);
        queries = new ArticleQueries(backend.dynamo(), table);
        listing = new RecordListing(backend.dynamo(), table);
    }

    @Test
    void replaceClassification_storesTheNewTags_whenTheSequencerIsUnchanged() {
        store.put(record("incoming/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24")));

        WriteOutcome outcome = store.replaceClassification(
                record("incoming/a.txt", "0A", Articles.simple("Talks", "2015-12-24", "economy", "BR")));

        assertEquals(WriteOutcome.WRITTEN, outcome);
        assertEquals(List.of("economy"), queries.byLocation(BUCKET, "incoming/a.txt").orElseThrow().topics());
    }

    @Test
    void replaceClassification_removesTagItemsTheNewTagsLack() {
        store.put(record("incoming/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24")));

        store.replaceClassification(
                record("incoming/a.txt", "0A", Articles.simple("Talks", "2015-12-24", "economy", "BR")));

        assertTrue(listed(TagKey.topic("terrorism")).isEmpty());
        assertTrue(listed(TagKey.country("RU")).isEmpty());
        assertEquals(1, listed(TagKey.topic("economy")).size());
    }

    @Test
    void replaceClassification_writesNothing_whenANewerEventReplacedTheRecord() {
        store.put(record("incoming/a.txt", "0B", Articles.multiLabel("Newer", "2015-12-24")));

        WriteOutcome outcome = store.replaceClassification(
                record("incoming/a.txt", "0A", Articles.simple("Older", "2015-12-24", "economy", "BR")));

        assertEquals(WriteOutcome.STALE_EVENT_IGNORED, outcome);
        assertEquals("Newer", queries.byLocation(BUCKET, "incoming/a.txt").orElseThrow().headline());
        assertTrue(listed(TagKey.topic("economy")).isEmpty());
    }

    @Test
    void replaceClassification_undoesItsTags_whenANewerEventCommitsJustBeforeIt() {
        store.put(record("incoming/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24")));
        Runnable newerEvent = () -> store.put(
                record("incoming/a.txt", "0B", Articles.simple("Newer", "2015-12-24", "sport", "FR")));
        try (DynamoDbClient racing = clientRunningBeforeCommit(newerEvent)) {
            WriteOutcome outcome = new DynamoDbArticleStore(racing, table).replaceClassification(
                    record("incoming/a.txt", "0A", Articles.simple("Talks", "2015-12-24", "economy", "BR")));

            assertEquals(WriteOutcome.STALE_EVENT_IGNORED, outcome);
        }
        assertEquals("Newer", queries.byLocation(BUCKET, "incoming/a.txt").orElseThrow().headline());
        assertTrue(listed(TagKey.topic("economy")).isEmpty());
        assertEquals(1, listed(TagKey.topic("sport")).size());
    }

    @Test
    void replaceClassification_keepsIngestionTimeWhenGivenTheStoredOne() {
        Instant first = Instant.parse("2020-01-01T00:00:00Z");
        store.put(record("incoming/a.txt", "0A", first, Articles.multiLabel("Talks", "2015-12-24")));
        RecordSnapshot stored = listing.snapshot(ArticleId.of(BUCKET, "incoming/a.txt")).orElseThrow();

        store.replaceClassification(new ArticleRecord(stored.object(), stored.sequencer(), stored.ingestedAt(),
                Articles.simple("Talks", "2015-12-24", "economy", "BR")));

        assertEquals("2020-01-01T00:00:00Z", queries.byLocation(BUCKET, "incoming/a.txt").orElseThrow().ingestedAt());
    }

    @Test
    void snapshot_carriesObjectSequencerRulesHashAndTags() {
        store.put(record("incoming/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24")));

        RecordSnapshot snapshot = listing.snapshot(ArticleId.of(BUCKET, "incoming/a.txt")).orElseThrow();

        assertEquals(Articles.object("incoming/a.txt"), snapshot.object());
        assertEquals("0A", snapshot.sequencer());
        assertEquals("abc123", snapshot.rulesHash());
        assertEquals(List.of("terrorism", "diplomacy"), snapshot.topics());
        assertEquals(List.of("RU", "FR", "TR"), snapshot.countries());
    }

    @Test
    void forEachId_listsClassifiedAndRejectedButNotDeletedRecords() {
        store.put(record("incoming/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24")));
        store.put(record("incoming/b.txt", "0A", Articles.rejected("empty file")));
        store.put(record("incoming/c.txt", "0A", Articles.multiLabel("Gone", "2015-12-24")));
        store.markDeleted(Articles.object("incoming/c.txt"), "0B", Instant.parse("2024-05-02T00:00:00Z"));

        assertEquals(Set.of(ArticleId.of(BUCKET, "incoming/a.txt"), ArticleId.of(BUCKET, "incoming/b.txt")),
                Set.copyOf(ids(RecordSelection.all())));
        assertEquals(2, listing.count(RecordSelection.all()));
    }

    @Test
    void forEachId_keepsOnlyKeysUnderThePrefix() {
        store.put(record("incoming/2015/a.txt", "0A", Articles.multiLabel("Old", "2015-12-24")));
        store.put(record("incoming/2016/b.txt", "0A", Articles.multiLabel("New", "2016-01-24")));
        RecordSelection under2015 = new RecordSelection(RecordSelection.READABLE, TimeRange.all(), "incoming/2015/");

        assertEquals(List.of(ArticleId.of(BUCKET, "incoming/2015/a.txt")), ids(under2015));
        assertEquals(1, listing.count(under2015));
    }

    @Test
    void forEachId_keepsOnlyRecordsInTheTimeRange() {
        store.put(record("incoming/a.txt", "0A", Articles.multiLabel("December", "2015-12-24")));
        store.put(record("incoming/b.txt", "0A", Articles.multiLabel("January", "2016-01-24")));
        RecordSelection december = new RecordSelection(RecordSelection.READABLE,
                new TimeRange("2015-12-01", "2016-01-01"), null);

        assertEquals(List.of(ArticleId.of(BUCKET, "incoming/a.txt")), ids(december));
    }

    @Test
    void replaceClassification_writesTheNewRulesHashWhereTheIndexSeesIt() {
        store.put(record("incoming/a.txt", "0A", taggedBy("old999")));

        store.replaceClassification(record("incoming/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24")));

        assertEquals(List.of(), ids(RecordSelection.all().taggedByOtherRulesThan("abc123")));
    }

    @Test
    void forEachId_taggedByOtherRules_listsOnlyRecordsOfAnotherRulesHash() {
        store.put(record("incoming/current.txt", "0A", Articles.multiLabel("Talks", "2015-12-24")));
        store.put(record("incoming/old.txt", "0A", taggedBy("old999")));
        RecordSelection stale = RecordSelection.all().taggedByOtherRulesThan("abc123");

        assertEquals(List.of(ArticleId.of(BUCKET, "incoming/old.txt")), ids(stale));
        assertEquals(1, listing.count(stale));
    }

    @Test
    void forEachId_taggedByOtherRules_listsRecordsStoredWithoutTheTopLevelRulesHash() {
        store.put(record("incoming/current.txt", "0A", Articles.multiLabel("Talks", "2015-12-24")));
        store.put(record("incoming/before.txt", "0A", Articles.multiLabel("Talks", "2015-12-24")));
        String before = ArticleId.of(BUCKET, "incoming/before.txt");
        storedBeforeTopLevelRulesHash(before);
        RecordSelection stale = RecordSelection.all().taggedByOtherRulesThan("abc123");

        assertEquals(List.of(before), ids(stale));
        assertEquals(1, listing.count(stale));
    }

    @Test
    void forEachId_taggedByOtherRules_followsPagesTheFilterLeftEmpty() {
        for (int i = 0; i < 6; i++) {
            store.put(record("incoming/current-" + i + ".txt", "0A", Articles.multiLabel("Talks", "2015-12-2" + i)));
        }
        store.put(record("incoming/old-1.txt", "0A", taggedBy("old999")));
        store.put(record("incoming/old-2.txt", "0A", Articles.rejected("empty file")));
        storedBeforeTopLevelRulesHash(ArticleId.of(BUCKET, "incoming/old-2.txt"));
        RecordListing onePerPage = new RecordListing(backend.dynamo(), table, 1);
        RecordSelection stale = RecordSelection.all().taggedByOtherRulesThan("abc123");
        List<String> ids = new ArrayList<>();

        onePerPage.forEachId(stale, ids::add);

        assertEquals(Set.of(ArticleId.of(BUCKET, "incoming/old-1.txt"), ArticleId.of(BUCKET, "incoming/old-2.txt")),
                Set.copyOf(ids));
        assertEquals(2, ids.size());
        assertEquals(2, onePerPage.count(stale));
    }

    @Test
    void copyRulesHashToTopLevel_takesTheRecordOutOfTheStaleListing() {
        store.put(record("incoming/a.txt", "0A", Articles.multiLabel("Talks", "2015-12-24")));
        storedBeforeTopLevelRulesHash(ArticleId.of(BUCKET, "incoming/a.txt"));

        WriteOutcome outcome = store.copyRulesHashToTopLevel(Articles.object("incoming/a.txt"), "0A", "abc123");

        assertEquals(WriteOutcome.WRITTEN, outcome);
        assertEquals(List.of(), ids(RecordSelection.all().taggedByOtherRulesThan("abc123")));
    }

    @Test
    void copyRulesHashToTopLevel_writesNothing_whenANewerEventReplacedTheRecord() {
        store.put(record("incoming/a.txt", "0B", taggedBy("new777")));
        storedBeforeTopLevelRulesHash(ArticleId.of(BUCKET, "incoming/a.txt"));

        WriteOutcome outcome = store.copyRulesHashToTopLevel(Articles.object("incoming/a.txt"), "0A", "new777");

        assertEquals(WriteOutcome.STALE_EVENT_IGNORED, outcome);
        assertEquals(1, listing.count(RecordSelection.all().taggedByOtherRulesThan("new777")));
    }

    private static ClassifiedArticle taggedBy(String rulesHash) {
        return ClassifiedArticle.rejected("empty file", Classification.none("test-0", rulesHash));
    }

    /** The article item as written before the rules hash was repeated at the top level. */
    private void storedBeforeTopLevelRulesHash(String articleId) {
        backend.dynamo().updateItem(b -> b.tableName(table).key(Items.key(articleId, Items.ARTICLE_SK))
                .updateExpression("REMOVE " + Items.RULES_HASH));
    }

    private List<String> ids(RecordSelection selection) {
        List<String> ids = new ArrayList<>();
        listing.forEachId(selection, ids::add);
        return ids;
    }

    private List<ArticleSummary> listed(TagKey tag) {
        return queries.byTag(tag, TimeRange.all(), PageRequest.first(100)).items();
    }

    /** A client that runs {@code action} once, just before the rewrite's conditional put of the article item. */
    private DynamoDbClient clientRunningBeforeCommit(Runnable action) {
        AtomicReference<Runnable> once = new AtomicReference<>(action);
        ExecutionInterceptor interceptor = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof PutItemRequest put && put.item().get(Items.SK).s().equals(
                        Items.ARTICLE_SK)) {
                    Runnable pending = once.getAndSet(null);
                    if (pending != null) {
                        pending.run();
                    }
                }
            }
        };
        return DynamoDbClient.builder()
                .endpointOverride(backend.dynamoEndpoint())
                .region(LocalClients.REGION)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LocalClients.ACCESS_KEY, LocalClients.SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.addExecutionInterceptor(interceptor))
                .build();
    }
}
