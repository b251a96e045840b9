package dev.articleclassifier.cli.local;

import dev.articleclassifier.handler.ArticleHandler;
import dev.articleclassifier.handler.PipelineFailureException;
import dev.articleclassifier.handler.S3Notifications;
import dev.articleclassifier.source.IncomingBucket;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stands in for S3 event notifications, which the local S3 emulator does not send: it lists the incoming prefix,
 * compares with the previous listing, and hands the handler an {@code ObjectCreated} notification for every new or
 * re-uploaded object (a changed eTag) and an {@code ObjectRemoved} one for every vanished object.
 */
final class BucketWatcher {

    private final IncomingBucket bucket;
    private final String prefix;
    private final ArticleHandler handler;
    private final S3Notifications notifications;
    private final PrintStream err;
    private Map<String, IncomingBucket.Listed> known = new HashMap<>();

    BucketWatcher(IncomingBucket bucket, String prefix, ArticleHandler handler, S3Notifications notifications,
                  PrintStream err) {
        this.bucket = bucket;
        this.prefix = prefix;
        this.handler = handler;
        this.notifications = notifications;
        this.err = err;
    }

    /** Takes the current listing as already processed (the objects the run itself delivered). */
    void baseline() {
        known = new HashMap<>(bucket.list(prefix));
    }

    /** Lists once and delivers one notification per change; returns how many were delivered. */
    int pollOnce() {
        Map<String, IncomingBucket.Listed> now = bucket.list(prefix);
        List<String> changes = new ArrayList<>();
        for (IncomingBucket.Listed object : now.values()) {
            IncomingBucket.Listed before = known.get(object.key());
            if (before == null || !before.eTag().equals(object.eTag())) {
                changes.add(notifications.created(bucket.name(), object.key(), object.size(), object.eTag()));
            }
        }
        for (String key : known.keySet()) {
            if (!now.containsKey(key)) {
                changes.add(notifications.removed(bucket.name(), key));
            }
        }
        known = new HashMap<>(now);
        for (String change : changes) {
            deliver(change);
        }
        return changes.size();
    }

    /** Polls every {@code intervalMillis} until the thread is interrupted (Ctrl-C ends the JVM). */
    void run(long intervalMillis) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                pollOnce();
            } catch (RuntimeException e) {
                err.println("local run: polling the bucket failed: " + e.getMessage());
            }
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void deliver(String record) {
        try {
            handler.handle(S3Notifications.event(List.of(record)), null);
        } catch (PipelineFailureException e) {
            err.println("local run: " + e.getMessage());
        }
    }
}
