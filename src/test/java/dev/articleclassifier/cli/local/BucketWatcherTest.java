package dev.articleclassifier.cli.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articleclassifier.handler.ArticleHandler;
import dev.articleclassifier.handler.HandlerComponents;
import dev.articleclassifier.handler.HandlerConfig;
import dev.articleclassifier.handler.RecordOutcome;
import dev.articleclassifier.handler.S3Notifications;
import dev.articleclassifier.source.IncomingBucket;
import dev.articleclassifier.testing.Backend;
import dev.articleclassifier.testing.EmulatorBackend;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The --watch poller: one notification per new, re-uploaded or deleted object, none for unchanged ones. */
class BucketWatcherTest {

    private static final byte[] STORY = "Headline\n\nBERLIN (AFP) - Body.\n".getBytes(StandardCharsets.UTF_8);

    private final List<RecordOutcome> outcomes = new ArrayList<>();
    private IncomingBucket bucket;
    private BucketWatcher watcher;

    @BeforeEach
    void watcher() {
        Backend backend = EmulatorBackend.shared();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        backend.createTable("watch-" + suffix);
        bucket = new IncomingBucket(backend.s3(), "watch-" + suffix);
        bucket.create();
        ArticleHandler handler = new ArticleHandler(HandlerComponents.withClients(backend.s3(), backend.dynamo(),
                HandlerConfig.of("watch-" + suffix, bucket.name())), outcomes::add);
        watcher = new BucketWatcher(bucket, "incoming/", handler, new S3Notifications(),
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        watcher.baseline();
    }

    @Test
    void pollOnce_deliversANewObject() {
        bucket.upload("incoming/new story.txt", STORY);

        assertEquals(1, watcher.pollOnce());
        assertEquals("incoming/new story.txt", outcomes.get(0).event().object().key());
    }

    @Test
    void pollOnce_deliversNothing_whenNothingChanged() {
        bucket.upload("incoming/story.txt", STORY);
        watcher.pollOnce();

        assertEquals(0, watcher.pollOnce());
    }

    @Test
    void pollOnce_deliversAReUpload_whenTheContentChanged() {
        bucket.upload("incoming/story.txt", STORY);
        watcher.pollOnce();
        bucket.upload("incoming/story.txt", "Corrected headline\n\nBody.\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(1, watcher.pollOnce());
        assertEquals(RecordOutcome.Outcome.STORED, outcomes.get(1).outcome());
    }

    @Test
    void pollOnce_deliversARemoval_whenTheObjectIsDeleted() {
        bucket.upload("incoming/story.txt", STORY);
        watcher.pollOnce();
        EmulatorBackend.shared().s3().deleteObject(b -> b.bucket(bucket.name()).key("incoming/story.txt"));

        assertEquals(1, watcher.pollOnce());
        assertEquals(RecordOutcome.Outcome.DELETED, outcomes.get(1).outcome());
    }

    @Test
    void pollOnce_ignoresObjectsOutsideThePrefix() {
        bucket.upload("archive/story.txt", STORY);

        assertEquals(0, watcher.pollOnce());
    }
}
