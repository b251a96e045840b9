package dev.articleclassifier.cli.reclassify;

import dev.articleclassifier.cli.common.Progress;
import dev.articleclassifier.store.RecordListing;
import dev.articleclassifier.store.RecordSelection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One backfill: lists the selected records from the index and hands them to a pool of workers, a bounded number
 * ahead (so a listing of millions of ids never sits in memory), checkpointing each finished record and counting
 * outcomes. Most of a record's time is spent waiting on S3 and DynamoDB, so workers outnumber cores.
 */
public final class ReclassifyRun {

    /** Records listed but not yet finished, per worker. */
    private static final int QUEUED_PER_WORKER = 4;

    private final RecordListing listing;
    private final RecordReclassifier reclassifier;
    private final Checkpoint checkpoint;
    private final Progress progress;
    private final int workers;

    public ReclassifyRun(RecordListing listing, RecordReclassifier reclassifier, Checkpoint checkpoint,
                         Progress progress, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        this.listing = listing;
        this.reclassifier = reclassifier;
        this.checkpoint = checkpoint;
        this.progress = progress;
        this.workers = workers;
    }

    /** Runs to the end; a listing failure is thrown after the records in flight are finished. */
    public Tally run(RecordSelection selection) {
        Tally tally = new Tally();
        // records an earlier run re-tagged are no longer stale, so a stale listing does not count them
        long listedBefore = selection.otherRulesThan() == null ? checkpoint.doneBefore() : 0;
        progress.total(Math.max(0, listing.count(selection) - listedBefore));
        Semaphore inFlight = new Semaphore(workers * QUEUED_PER_WORKER);
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "reclassify-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            listing.forEachId(selection, articleId -> {
                if (checkpoint.isDone(articleId)) {
                    tally.add(Outcome.DONE_BEFORE);
                    return;
                }
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        one(articleId, tally);
                    } finally {
                        inFlight.release();
                    }
                });
            });
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
            progress.finish();
        }
        return tally;
    }

    private void one(String articleId, Tally tally) {
        Outcome outcome;
        try {
            outcome = reclassifier.reclassify(articleId);
        } catch (RuntimeException e) {
            tally.failed(articleId, e);
            progress.step();
            return;
        }
        tally.add(outcome);
        checkpoint.markDone(articleId);
        progress.step();
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
