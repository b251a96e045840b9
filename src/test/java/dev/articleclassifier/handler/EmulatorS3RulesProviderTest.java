package dev.articleclassifier.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleclassifier.classify.Classifier;
import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.store.ArticleRecord;
import dev.articleclassifier.store.ArticleStore;
import dev.articleclassifier.store.DynamoDbArticleStore;
import dev.articleclassifier.store.ObjectRef;
import dev.articleclassifier.store.WriteOutcome;
import dev.articleclassifier.testing.Backend;
import dev.articleclassifier.testing.EmulatorBackend;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Rules kept in S3, against the emulators' real S3 API: which rules tag the records as the object appears, changes,
 * breaks and disappears. The clock is moved by hand across the refresh interval.
 */
class EmulatorS3RulesProviderTest {

    private static final Duration INTERVAL = Duration.ofSeconds(60);
    private static final String RULES_BUCKET = "article-classifier-rules-test";

    private static DocumentClassifier bundled;
    private static byte[] bundledRules;

    private final Backend backend = EmulatorBackend.shared();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
    private final List<String> log = new ArrayList<>();
    private S3RulesLocation location;
    private S3RulesProvider provider;

    @BeforeAll
    static void compileBundledRules() throws IOException {
        bundled = DocumentClassifier.bundled();
        try (InputStream in = Classifier.class.getResourceAsStream("rules.jsonc")) {
            bundledRules = in.readAllBytes();
        }
    }

    @BeforeEach
    void freshRulesObject() {
        if (backend.s3().listBuckets().buckets().stream().noneMatch(b -> b.name().equals(RULES_BUCKET))) {
            backend.createBucket(RULES_BUCKET);
        }
        location = new S3RulesLocation(RULES_BUCKET, "rules/" + UUID.randomUUID() + "/rules.jsonc");
        provider = new S3RulesProvider(backend.s3(), location, INTERVAL, clock, bundled, log::add);
    }

    @Test
    void rulesObject_tagsTheRecordsWithItsHash() throws IOException {
        byte[] rules = revision(1);
        put(rules);
        List<ArticleRecord> written = new ArrayList<>();
        ArticleHandler handler = handlerRecordingInto(written);
        backend.s3().putObject(b -> b.bucket(HandlerScenarios.BUCKET).key(HandlerScenarios.SEED_KEY),
                RequestBody.fromBytes(HandlerScenarios.sample("xinhua-russia-france-turkey-is.txt")));

        handler.handle(HandlerScenarios.event("s3-put-seed-article.json"), null);

        assertEquals(hashOf(rules), written.get(0).result().classification().rulesHash());
    }

    @Test
    void replacedObject_keepsTheOldRulesUntilTheIntervalHasPassed() {
        put(revision(1));
        provider.current();
        put(revision(2));

        clock.advance(INTERVAL.minusSeconds(1));

        assertEquals(hashOf(revision(1)), provider.current().classifier().rulesHash());
    }

    @Test
    void replacedObject_takesEffectOnceTheIntervalHasPassed() {
        put(revision(1));
        provider.current();
        put(revision(2));

        clock.advance(INTERVAL);

        assertEquals(hashOf(revision(2)), provider.current().classifier().rulesHash());
    }

    @Test
    void unchangedObject_isNotCompiledAgain() {
        put(revision(1));
        DocumentClassifier first = provider.current();

        clock.advance(INTERVAL);

        assertSame(first, provider.current());
    }

    @Test
    void invalidObject_keepsThePreviousRulesAndWarns() {
        put(revision(1));
        provider.current();
        put("{ \"version\": \"broken\", \"topics\": ".getBytes(StandardCharsets.UTF_8));

        clock.advance(INTERVAL);
        DocumentClassifier after = provider.current();

        assertEquals(hashOf(revision(1)), after.classifier().rulesHash());
        JsonNode warning = lastLine();
        assertEquals("WARN", warning.path("level").asText());
        assertTrue(warning.path("message").asText().contains("invalid"), warning.toString());
        assertEquals(location.toString(), warning.path("rulesUri").asText());
    }

    @Test
    void invalidObject_isReportedOnceUntilItChanges() {
        put("not rules at all".getBytes(StandardCharsets.UTF_8));
        provider.current();
        int lines = log.size();

        clock.advance(INTERVAL);
        provider.current();

        assertEquals(lines, log.size());
    }

    @Test
    void missingObject_usesTheFallbackRulesAndWarns() {
        DocumentClassifier used = provider.current();

        assertSame(bundled, used);
        JsonNode warning = lastLine();
        assertEquals("WARN", warning.path("level").asText());
        assertTrue(warning.path("message").asText().contains("missing"), warning.toString());
    }

    @Test
    void deletedObject_returnsToTheFallbackRules() {
        put(revision(1));
        provider.current();
        backend.s3().deleteObject(b -> b.bucket(location.bucket()).key(location.key()));

        clock.advance(INTERVAL);

        assertSame(bundled, provider.current());
    }

    // Problem: a rules object that broke S3 access would have stopped ingestion. Fix: any S3 error keeps the rules.
    @Test
    void unreadableBucket_keepsTheRulesInForceAndWarns() {
        S3RulesProvider noBucket = new S3RulesProvider(backend.s3(),
                new S3RulesLocation("no-such-rules-bucket-" + UUID.randomUUID().toString().substring(0, 8), "r.jsonc"),
                INTERVAL, clock, bundled, log::add);

        assertSame(bundled, noBucket.current());
        assertEquals("WARN", lastLine().path("level").asText());
    }

    private ArticleHandler handlerRecordingInto(List<ArticleRecord> written) {
        String table = "articles-" + UUID.randomUUID().toString().substring(0, 8);
        backend.createTable(table);
        if (backend.s3().listBuckets().buckets().stream().noneMatch(b -> b.name().equals(HandlerScenarios.BUCKET))) {
            backend.createBucket(HandlerScenarios.BUCKET);
        }
        HandlerComponents real = HandlerComponents.withClients(backend.s3(), backend.dynamo(),
                HandlerConfig.of(table, HandlerScenarios.BUCKET));
        ArticleStore recording = new Recording(new DynamoDbArticleStore(backend.dynamo(), table), written);
        return new ArticleHandler(new HandlerComponents(real.source(), provider, recording, List.of()),
                outcome -> { });
    }

    private void put(byte[] content) {
        backend.s3().putObject(b -> b.bucket(location.bucket()).key(location.key()), RequestBody.fromBytes(content));
    }

    private JsonNode lastLine() {
        assertTrue(!log.isEmpty(), "nothing was logged");
        try {
            return new ObjectMapper().readTree(log.get(log.size() - 1));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The bundled rules with a distinct trailing comment: valid, and with a hash of their own. */
    private static byte[] revision(int n) {
        String text = new String(bundledRules, StandardCharsets.UTF_8) + "\n// revision " + n + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String hashOf(byte[] rules) {
        return Classifier.withRules(rules, "expected").rulesHash();
    }

    /** The real store, remembering every record handed to it. */
    private record Recording(ArticleStore delegate, List<ArticleRecord> written) implements ArticleStore {
        @Override
        public WriteOutcome put(ArticleRecord record) {
            written.add(record);
            return delegate.put(record);
        }

        @Override
        public WriteOutcome markDeleted(ObjectRef object, String sequencer, Instant deletedAt) {
            return delegate.markDeleted(object, sequencer, deletedAt);
        }
    }
}
