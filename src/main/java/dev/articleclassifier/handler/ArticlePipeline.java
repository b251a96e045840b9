package dev.articleclassifier.handler;

import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.classify.RegionTag;
import dev.articleclassifier.classify.TopicTag;
import dev.articleclassifier.source.FetchedObject;
import dev.articleclassifier.source.ObjectSource;
import dev.articleclassifier.store.ArticleRecord;
import dev.articleclassifier.store.ArticleStore;
import dev.articleclassifier.store.WriteOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Fetch → classify → store for decoded S3 events, independent of how they arrived (Lambda, the local runner, a
 * benchmark).
 *
 * <p>Every record is attempted, each on its own: a malformed notification record is refused and logged, and
 * neither an exception nor a stack or heap exhaustion in one record stops the next. Bad input is data, not an error: an empty, binary, oversized or headline-less
 * object is stored as a REJECTED record so dashboards show it and it is never retried. An object deleted before it
 * was read is logged and skipped. Only transient failures (the store or S3 unreachable, throttled, 5xx after the
 * SDK's own retries) are errors, and they are raised once the other records are done, so one slow dependency does
 * not hold back the good records and a retry of the whole event is harmless.
 */
public final class ArticlePipeline {

    private final ObjectSource source;
    private final ClassifierProvider classifiers;
    private final ArticleStore store;
    private final RecordLog log;
    private final Clock clock;

    /** @param classifiers asked once per batch for the rules in force, so every record of a batch shares them */
    public ArticlePipeline(ObjectSource source, ClassifierProvider classifiers, ArticleStore store, RecordLog log,
                           Clock clock) {
        this.source = source;
        this.classifiers = classifiers;
        this.store = store;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Processes the events in order and returns one outcome each.
     *
     * @throws PipelineFailureException after all records were tried, when any failed transiently
     */
    public List<RecordOutcome> process(List<ObjectEvent> events) {
        List<RecordOutcome> outcomes = new ArrayList<>(events.size());
        List<RecordOutcome> failed = new ArrayList<>();
        DocumentClassifier classifier = classifiers.current();
        for (ObjectEvent event : events) {
            RecordOutcome outcome = processOne(event, classifier);
            log.write(outcome);
            outcomes.add(outcome);
            if (outcome.outcome() == RecordOutcome.Outcome.FAILED) {
                failed.add(outcome);
            }
        }
        log.batchDone(outcomes);
        if (!failed.isEmpty()) {
            throw new PipelineFailureException(failed);
        }
        return outcomes;
    }

    private RecordOutcome processOne(ObjectEvent event, DocumentClassifier classifier) {
        long start = System.nanoTime();
        if (event.object().key() != null && event.object().key().endsWith("/")) {
            // The console's "Create folder" stores an empty object named like a folder; it is no article.
            return outcome(event, RecordOutcome.Outcome.SKIPPED, "folder marker", start, null);
        }
        try {
            return switch (event.kind()) {
                case CREATED -> created(event, classifier, start);
                case REMOVED -> removed(event, start);
                case UNSUPPORTED -> outcome(event, RecordOutcome.Outcome.SKIPPED,
                        "unsupported event " + event.eventName(), start, null);
                case MALFORMED -> outcome(event, RecordOutcome.Outcome.REFUSED, event.problem(), start, null);
            };
        } catch (RuntimeException e) {
            return outcome(event, RecordOutcome.Outcome.FAILED, describe(e), start, e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // The classifier turns these into rejections; one from elsewhere (the SDK, the store) must still not
            // end the batch and lose the neighbours: the record fails and the event is retried.
            return outcome(event, RecordOutcome.Outcome.FAILED, describe(e), start, new IllegalStateException(e));
        }
    }

    private RecordOutcome created(ObjectEvent event, DocumentClassifier classifier, long start) {
        FetchedObject fetched = source.fetch(event.object());
        if (fetched instanceof FetchedObject.Missing missing) {
            return outcome(event, RecordOutcome.Outcome.MISSING,
                    "object no longer exists (" + missing.detail() + ")", start, null);
        }
        ClassifiedArticle result;
        if (fetched instanceof FetchedObject.Refused refused) {
            result = classifier.reject(refused.reason());
        } else {
            FetchedObject.Content content = (FetchedObject.Content) fetched;
            result = classifier.classify(content.bytes(), content.fileName());
        }
        WriteOutcome written = store.put(new ArticleRecord(event.object(), event.sequencer(), clock.instant(), result));
        if (written == WriteOutcome.STALE_EVENT_IGNORED) {
            return outcome(event, RecordOutcome.Outcome.STALE,
                    "a record from an equal or newer event exists", start, null);
        }
        if (result.status() == ClassifiedArticle.Status.REJECTED) {
            return outcome(event, RecordOutcome.Outcome.REJECTED, result.reason(), start, null);
        }
        // loops rather than streams: the first record runs on the Lambda cold start
        List<String> topics = new ArrayList<>(result.classification().topics().size());
        for (TopicTag topic : result.classification().topics()) {
            topics.add(topic.id());
        }
        List<String> regions = new ArrayList<>(result.classification().regions().size());
        for (RegionTag region : result.classification().regions()) {
            regions.add(region.id());
        }
        return new RecordOutcome(event, RecordOutcome.Outcome.STORED, topics, regions, null, millisSince(start), null);
    }

    /**
     * A delete marker, or a delete in an unversioned bucket, deletes the object; a permanent delete of one version
     * ({@code ObjectRemoved:Delete} naming a version) deletes the article only if it is the version on record.
     */
    private RecordOutcome removed(ObjectEvent event, long start) {
        Instant when = event.eventTime() != null ? event.eventTime() : clock.instant();
        WriteOutcome written = event.isVersionDelete()
                ? store.markVersionDeleted(event.object(), event.sequencer(), when)
                : store.markDeleted(event.object(), event.sequencer(), when);
        return switch (written) {
            case STALE_EVENT_IGNORED ->
                    outcome(event, RecordOutcome.Outcome.STALE, "a record from a newer event exists", start, null);
            case OTHER_VERSION_IGNORED -> outcome(event, RecordOutcome.Outcome.SKIPPED,
                    "a noncurrent version was deleted; the record describes another version", start, null);
            case WRITTEN -> outcome(event, RecordOutcome.Outcome.DELETED, null, start, null);
        };
    }

    private static RecordOutcome outcome(ObjectEvent event, RecordOutcome.Outcome outcome, String detail,
                                         long start, RuntimeException failure) {
        return new RecordOutcome(event, outcome, List.of(), List.of(), detail, millisSince(start), failure);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
