package dev.articleclassifier.cli.reclassify;

import static dev.articleclassifier.cli.reclassify.ReclassifyFixtures.FLOOD_STORY;
import static dev.articleclassifier.cli.reclassify.ReclassifyFixtures.STRIKER_STORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.cli.reclassify.Outcome;
import dev.articleclassifier.cli.reclassify.RecordReclassifier;
import dev.articleclassifier.source.ObjectSource;
import dev.articleclassifier.source.S3ObjectSource;
import dev.articleclassifier.source.SourceLimits;
import dev.articleclassifier.store.ArticleRecord;
import dev.articleclassifier.store.ObjectRef;
import dev.articleclassifier.store.RecordSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * S3 events keep arriving while a backfill runs. Here an event lands while the worker is reading the object
 * (the slowest step, so the likeliest moment): the event must win and the backfill must count a skip.
 */
class ReclassifyRaceTest {

    @TempDir
    Path dir;

    private ReclassifyFixtures fixtures;
    private ObjectSource s3;

    @BeforeEach
    void seedBucketAndTable() {
        fixtures = new ReclassifyFixtures(dir);
        s3 = new S3ObjectSource(fixtures.backend.s3(), SourceLimits.DEFAULT);
    }

    @Test
    void newerUploadDuringTheRead_winsOverTheRewrite() {
        String id = fixtures.seed("incoming/story.txt", STRIKER_STORY, "0A", fixtures.classifierA);
        ObjectSource uploadDuringRead = newerUploadDuringRead();

        Outcome outcome = reclassifier(uploadDuringRead).reclassify(id);

        RecordSnapshot stored = fixtures.snapshot(id);
        assertEquals(Outcome.NEWER_EVENT, outcome);
        assertEquals("0B", stored.sequencer());
        assertEquals(List.of("flooding"), stored.topics());
        assertEquals(fixtures.classifierA.classifier().rulesHash(), stored.rulesHash());
    }

    @Test
    void newerUploadDuringTheRead_leavesNoTagOfTheRewrite() {
        String id = fixtures.seed("incoming/story.txt", STRIKER_STORY, "0A", fixtures.classifierA);
        ObjectSource uploadDuringRead = newerUploadDuringRead();

        reclassifier(uploadDuringRead).reclassify(id);

        assertTrue(fixtures.queries.byTopic("football", dev.articleclassifier.store.TimeRange.all(),
                dev.articleclassifier.store.PageRequest.first(10)).items().isEmpty());
    }

    @Test
    void deleteDuringTheRead_keepsTheTombstone() {
        String id = fixtures.seed("incoming/story.txt", STRIKER_STORY, "0A", fixtures.classifierA);
        ObjectSource deleteDuringRead = object -> {
            fixtures.store.markDeleted(object, "0B", Instant.now());
            return s3.fetch(object);
        };

        Outcome outcome = reclassifier(deleteDuringRead).reclassify(id);

        assertEquals(Outcome.NEWER_EVENT, outcome);
        assertTrue(fixtures.snapshot(id).isDeleted());
    }

    @Test
    void recordTombstonedBeforeTheWorkerGotToIt_isSkipped() {
        String id = fixtures.seed("incoming/story.txt", STRIKER_STORY, "0A", fixtures.classifierA);
        fixtures.store.markDeleted(new ObjectRef(fixtures.bucket, "incoming/story.txt", null, null, -1), "0B",
                Instant.now());

        assertEquals(Outcome.NEWER_EVENT, reclassifier(s3).reclassify(id));
    }

    /** Reads from S3, but first stores the flood story as a newer upload (sequencer 0B) of the same object. */
    private ObjectSource newerUploadDuringRead() {
        return object -> {
            byte[] newer = FLOOD_STORY.getBytes(StandardCharsets.UTF_8);
            fixtures.store.put(new ArticleRecord(object, "0B", Instant.now(),
                    fixtures.classifierA.classify(newer, "story.txt")));
            return s3.fetch(object);
        };
    }

    private RecordReclassifier reclassifier(ObjectSource source) {
        return new RecordReclassifier(fixtures.listing, source, fixtures.classifierB, fixtures.store, false, false);
    }
}
