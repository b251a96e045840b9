package dev.articleclassifier.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;



import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.local.LocalClients;
import dev.articleclassifier.source.FetchedObject;
import dev.articleclassifier.source.ObjectSource;
import dev.articleclassifier.source.S3ObjectSource;
import dev.articleclassifier.source.SourceLimits;
import dev.articleclassifier.store.ArticleQueries;
import dev.articleclassifier.store.DynamoDbArticleStore;
import dev.articleclassifier.store.StoredArticle;
import dev.articleclassifier.testing.Backend;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The handler's scenarios against a real S3 and DynamoDB API, written once and run on every {@link Backend}.
 * Events come from {@code events/}, the same files {@code sam local invoke -e} uses; each test gets its own table,
 * the bucket is the one the event files name.
 */
abstract class HandlerScenarios {

    static final String BUCKET = "article-classifier-local";
    static final String SEED_KEY = "incoming/xinhua-russia-france-turkey-is.txt";

    private String table;
    private ArticleQueries queries;
    final List<RecordOutcome> logged = new ArrayList<>();

    abstract Backend backend();

    @BeforeEach
    void freshTable() {
        table = "articles-" + UUID.randomUUID().toString().substring(0, 8);
        backend().createTable(table);
        if (!bucketExists()) {
            backend().createBucket(BUCKET);
        }
        queries = new ArticleQueries(backend().dynamo(), table);
    }

    @Test
    void seedPut_storesTheClassifiedArticleUnderItsLocation() throws IOException {
        upload(SEED_KEY, sample("xinhua-russia-france-turkey-is.txt"));

        Map<String, Integer> result = handler().handle(event("s3-put-seed-article.json"), null);

        StoredArticle stored = record(SEED_KEY).orElseThrow();
        ClassifiedArticle expected = DocumentClassifier.bundled().classify(sample("xinhua-russia-france-turkey-is.txt"),
                "xinhua-russia-france-turkey-is.txt");
        assertEquals(Map.of("records", 1, "stored", 1), result);
        assertEquals("CLASSIFIED", stored.status());
        assertEquals(expected.article().headline(), stored.headline());
        assertEquals("0065F1A2B3C4D5E6F7", stored.sequencer());
        assertEquals("s3://" + BUCKET + "/" + SEED_KEY, stored.s3Uri());
    }

    @Test
    void duplicateEvent_leavesTheRecordUnchanged() throws IOException {
        ArticleHandler handler = handlerThatStoredTheSeed();
        StoredArticle first = record(SEED_KEY).orElseThrow();

        Map<String, Integer> again = handler.handle(event("s3-put-seed-article.json"), null);

        assertEquals(Map.of("records", 1, "stale", 1), again);
        assertEquals(first, record(SEED_KEY).orElseThrow());
    }

    @Test
    void olderSequencerAfterNewer_isIgnored() throws IOException {
        ArticleHandler handler = handlerThatStoredTheSeed();
        StoredArticle newer = record(SEED_KEY).orElseThrow();

        Map<String, Integer> late = handler.handle(event("s3-put-seed-article-older.json"), null);

        assertEquals(Map.of("records", 1, "stale", 1), late);
        assertEquals(newer, record(SEED_KEY).orElseThrow());
    }

    @Test
    void encodedKey_isDecodedBeforeTheObjectIsRead() throws IOException {
        String decoded = "incoming/desk notes/São Paulo C+ update.txt";
        upload(decoded, sample("reuters-brazil-central-bank-rates.txt"));

        Map<String, Integer> result = handler().handle(event("s3-put-encoded-key.json"), null);

        assertEquals(Map.of("records", 1, "stored", 1), result);
        assertEquals(decoded, record(decoded).orElseThrow().key());
    }

    @Test
    void objectDeletedBeforeProcessing_isLoggedAndSkipped() throws IOException {
        backend().s3().deleteObject(b -> b.bucket(BUCKET).key(SEED_KEY));

        Map<String, Integer> result = handler().handle(event("s3-put-seed-article.json"), null);

        assertEquals(Map.of("records", 1, "missing", 1), result);
        assertEquals(RecordOutcome.Outcome.MISSING, logged.get(0).outcome());
        assertTrue(record(SEED_KEY).isEmpty());
    }

    @Test
    void deleteEvent_marksTheRecordDeleted() throws IOException {
        ArticleHandler handler = handlerThatStoredTheSeed();

        Map<String, Integer> result = handler.handle(event("s3-delete-seed-article.json"), null);

        assertEquals(Map.of("records", 1, "deleted", 1), result);
        assertEquals("DELETED", record(SEED_KEY).orElseThrow().status());
    }

    @Test
    void binaryObject_becomesARejectedRecordWithItsReason() throws IOException {
        upload("incoming/misfiled-scan.txt", sample("misfiled-scan.txt"));

        Map<String, Integer> result = handler().handle(event("s3-put-binary-object.json"), null);

        StoredArticle stored = record("incoming/misfiled-scan.txt").orElseThrow();
        assertEquals(Map.of("records", 1, "rejected", 1), result);
        assertEquals("REJECTED", stored.status());
        assertFalse(stored.reason().isBlank());
    }

    @Test
    void oversizedObject_isRejectedFromTheEventSizeWithoutBeingRead() throws IOException {
        // the event announces 150 MiB; no such object exists, so reading it would have ended as "missing"
        Map<String, Integer> result = handler().handle(event("s3-put-oversized-object.json"), null);

        StoredArticle stored = record("incoming/feed-archive-dump.txt").orElseThrow();
        assertEquals(Map.of("records", 1, "rejected", 1), result);
        assertTrue(stored.reason().startsWith("object too large"), stored.reason());
    }

    @Test
    void oversizedObject_isRejectedWhenItsStoredSizePassesTheCap() throws IOException {
        upload(SEED_KEY, sample("xinhua-russia-france-turkey-is.txt"));
        HandlerConfig smallCap = new HandlerConfig(table, BUCKET, new SourceLimits(1024, 4096), Optional.empty());
        String unknownSize = S3Notifications.event(List.of(new S3Notifications().created(BUCKET, SEED_KEY, -1, null)));

        Map<String, Integer> result = handler(HandlerComponents.withClients(backend().s3(), backend().dynamo(),
                smallCap)).handle(unknownSize, null);

        assertEquals(Map.of("records", 1, "rejected", 1), result);
        assertTrue(record(SEED_KEY).orElseThrow().reason().startsWith("object too large"));
    }

    @Test
    void gzipObject_isInflatedAndClassified() throws IOException {
        String key = "incoming/reuters-india-monsoon-arrives-early.txt.gz";
        upload(key, sample("reuters-india-monsoon-arrives-early.txt.gz"));

        Map<String, Integer> result = handler().handle(event("s3-put-gzip-object.json"), null);

        assertEquals(Map.of("records", 1, "stored", 1), result);
        assertEquals("CLASSIFIED", record(key).orElseThrow().status());
    }

    @Test
    void multiRecordEvent_storesEveryRecordIncludingTheRejectedEmptyOne() throws IOException {
        uploadMultiRecordObjects();

        Map<String, Integer> result = handler().handle(event("s3-put-multiple-records.json"), null);

        assertEquals(Map.of("records", 3, "stored", 2, "rejected", 1), result);
        assertEquals("REJECTED", record("incoming/empty-upload.txt").orElseThrow().status());
    }

    @Test
    void multiRecordEvent_withOneTransientFailure_storesTheOthersThenFails() throws IOException {
        uploadMultiRecordObjects();
        String flaky = "incoming/ap-kenya-floods-displace-thousands.txt";
        ArticleHandler handler = handlerFailingFor(flaky);

        PipelineFailureException failure = assertThrows(PipelineFailureException.class,
                () -> handler.handle(event("s3-put-multiple-records.json"), null));

        assertTrue(failure.getMessage().contains(flaky), failure.getMessage());
        assertTrue(record("incoming/reuters-brazil-central-bank-rates.txt").isPresent());
        assertTrue(record("incoming/empty-upload.txt").isPresent());
        assertTrue(record(flaky).isEmpty());
    }

    @Test
    void redeliveryAfterATransientFailure_completesTheEventAndChangesNothingElse() throws IOException {
        uploadMultiRecordObjects();
        String flaky = "incoming/ap-kenya-floods-displace-thousands.txt";
        assertThrows(PipelineFailureException.class,
                () -> handlerFailingFor(flaky).handle(event("s3-put-multiple-records.json"), null));
        StoredArticle before = record("incoming/reuters-brazil-central-bank-rates.txt").orElseThrow();

        Map<String, Integer> retried = handler().handle(event("s3-put-multiple-records.json"), null);

        assertEquals(Map.of("records", 3, "stale", 2, "stored", 1), retried);
        assertEquals(before, record("incoming/reuters-brazil-central-bank-rates.txt").orElseThrow());
        assertTrue(record(flaky).isPresent());
    }

    @Test
    void dynamoDbEndpointDown_failsTheInvocationClearlyAndLeavesNoItem() throws IOException {
        upload(SEED_KEY, sample("xinhua-russia-france-turkey-is.txt"));
        try (DynamoDbClient down = LocalClients.dynamo(deadEndpoint(), 1)) {
            HandlerComponents real = components();
            ArticleHandler handler = handler(new HandlerComponents(real.source(), real.classifier(),
                    new DynamoDbArticleStore(down, table), List.of()));

            PipelineFailureException failure = assertThrows(PipelineFailureException.class,
                    () -> handler.handle(event("s3-put-seed-article.json"), null));

            assertTrue(failure.getMessage().contains("s3://" + BUCKET + "/" + SEED_KEY), failure.getMessage());
            assertTrue(failure.getCause() instanceof SdkClientException, String.valueOf(failure.getCause()));
        }
        assertTrue(record(SEED_KEY).isEmpty());
    }

    @Test
    void everyRecord_isLoggedOnceWithoutArticleText() throws IOException {
        List<String> lines = jsonLinesOfTheMultiRecordEvent();

        assertEquals(3, lines.stream().filter(line -> line.contains("\"record processed\"")).count());
        lines.forEach(line -> assertFalse(line.contains("Copom"), line));
    }

    @Test
    void everyBatch_logsItsMetricsInEmbeddedMetricFormat() throws IOException {
        List<String> lines = jsonLinesOfTheMultiRecordEvent();

        List<String> metrics = lines.stream().filter(line -> line.contains("\"_aws\"")).toList();
        assertTrue(metrics.stream().anyMatch(line -> line.contains("\"ArticlesClassified\":2")), metrics::toString);
        assertTrue(metrics.stream().anyMatch(line -> line.contains("\"Reason\":\"empty\"")), metrics::toString);
    }

    @Test
    void everyLogLine_carriesTheRequestIdAndTheColdStartFlag() throws IOException {
        uploadMultiRecordObjects();
        List<String> lines = new ArrayList<>();
        LogContext context = new LogContext();
        ArticleHandler handler = new ArticleHandler(components(), RecordLog.jsonLines(context.stamping(lines::add)),
                context);

        handler.handle(event("s3-put-multiple-records.json"), LambdaContexts.withRequestId("req-1"));
        handler.handle(event("s3-put-multiple-records.json"), LambdaContexts.withRequestId("req-2"));

        List<String> first = lines.stream().filter(l -> l.contains("\"requestId\":\"req-1\"")).toList();
        List<String> second = lines.stream().filter(l -> l.contains("\"requestId\":\"req-2\"")).toList();
        assertEquals(lines.size(), first.size() + second.size(), lines::toString);
        assertTrue(first.size() >= 4 && first.stream().allMatch(l -> l.contains("\"coldStart\":true")), first::toString);
        assertTrue(second.stream().allMatch(l -> l.contains("\"coldStart\":false")), second::toString);
    }

    // Problem: without suffix filters every key under incoming/ notifies, and the console's folder markers would
    // be stored as REJECTED "empty file" records. Fix: keys ending in / are skipped.
    @Test
    void folderMarker_isSkipped() {
        String marker = S3Notifications.event(List.of(new S3Notifications().created(BUCKET, "incoming/2026/", 0, null)));

        Map<String, Integer> result = handler().handle(marker, null);

        assertEquals(1, result.get("skipped"));
        assertTrue(record("incoming/2026/").isEmpty());
    }

    @Test
    void priming_makesEveryWarmUpCallSucceed_andStoresNothing() {
        HandlerComponents components = components();

        int succeeded = new SnapStartPriming(components.classifiers(), components.warmUps()).prime();

        assertEquals(components.warmUps().size(), succeeded);
        assertEquals(0, backend().dynamo().scan(b -> b.tableName(table)).count());
    }

    @Test
    void streamEntryPoint_writesTheOutcomeCountsAsJson() throws IOException {
        upload(SEED_KEY, sample("xinhua-russia-france-turkey-is.txt"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        handler().handleRequest(new java.io.ByteArrayInputStream(event("s3-put-seed-article.json")), out,
                LambdaContexts.withRequestId("req-3"));

        assertEquals("{\"records\":1,\"stored\":1}", out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private ArticleHandler handler() {
        return handler(components());
    }

    private ArticleHandler handler(HandlerComponents components) {
        return new ArticleHandler(components, logged::add);
    }

    /** A handler that has stored the seed article from its put event (sequencer 0065F1A2B3C4D5E6F7). */
    private ArticleHandler handlerThatStoredTheSeed() throws IOException {
        upload(SEED_KEY, sample("xinhua-russia-france-turkey-is.txt"));
        ArticleHandler handler = handler();
        handler.handle(event("s3-put-seed-article.json"), null);
        return handler;
    }

    /** A handler whose S3 reads fail for {@code key}, as if S3 answered 5xx for that object. */
    private ArticleHandler handlerFailingFor(String key) {
        HandlerComponents real = components();
        ObjectSource failing = new FailingFor(key, new S3ObjectSource(backend().s3(), SourceLimits.DEFAULT));
        return handler(new HandlerComponents(failing, real.classifier(), real.store(), List.of()));
    }

    /** The JSON lines the handler logs while processing the multi-record event (its objects uploaded first). */
    private List<String> jsonLinesOfTheMultiRecordEvent() throws IOException {
        uploadMultiRecordObjects();
        List<String> lines = new ArrayList<>();
        new ArticleHandler(components(), RecordLog.jsonLines(lines::add))
                .handle(event("s3-put-multiple-records.json"), null);
        return lines;
    }

    private HandlerComponents components() {
        return HandlerComponents.withClients(backend().s3(), backend().dynamo(), HandlerConfig.of(table, BUCKET));
    }

    private Optional<StoredArticle> record(String key) {
        return queries.byLocation(BUCKET, key);
    }

    private void uploadMultiRecordObjects() throws IOException {
        upload("incoming/reuters-brazil-central-bank-rates.txt", sample("reuters-brazil-central-bank-rates.txt"));
        upload("incoming/ap-kenya-floods-displace-thousands.txt", sample("ap-kenya-floods-displace-thousands.txt"));
        upload("incoming/empty-upload.txt", sample("empty-upload.txt"));
    }

    private void upload(String key, byte[] content) {
        backend().s3().putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(content));
    }

    private boolean bucketExists() {
        return backend().s3().listBuckets().buckets().stream().anyMatch(b -> b.name().equals(BUCKET));
    }

    /** The event file's bytes, exactly as {@code sam local invoke -e} hands them to the function. */
    static byte[] event(String file) throws IOException {
        return Files.readAllBytes(Path.of("events", file));
    }

    static byte[] sample(String file) throws IOException {
        return Files.readAllBytes(Path.of("samples", file));
    }

    private static URI deadEndpoint() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    /** Stands in for S3 answering 5xx for one key: a transient failure the real emulators cannot produce. */
    private record FailingFor(String key, ObjectSource delegate) implements ObjectSource {
        @Override
        public FetchedObject fetch(dev.articleclassifier.store.ObjectRef object) {
            if (object.key().equals(key)) {
                throw SdkClientException.create("simulated S3 outage for " + key);
            }
            return delegate.fetch(object);
        }
    }
}
