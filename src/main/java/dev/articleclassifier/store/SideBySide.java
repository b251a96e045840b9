package dev.articleclassifier.store;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a few independent DynamoDB calls side by side and returns once every one of them has finished: the tag items
 * of one step of a put (or a delete) are conditional on the sequencer one by one, so no batch request can carry
 * them, yet none depends on another. A put of a story with a dozen tags otherwise waits out a dozen round trips in
 * a row, which is most of the first event's time after a cold start.
 *
 * <p>The calling thread works through the calls itself, and up to {@link #HELPERS} pooled threads take calls from
 * the same list while any are left: a call never waits for a pool busy with other work (many reclassify workers
 * share one pool), it is then simply made by its caller. At most {@code HELPERS + 1} requests of one step are in
 * flight, which stays within the JDK's cache of five kept-alive connections per host that the UrlConnection HTTP
 * client reuses.
 *
 * <p>Nothing runs on after {@link #all} returns or throws: a failed call leaves the others to finish, then the
 * first failure in the list's order is thrown as it was (the others attached as suppressed), so a put fails the
 * way it did when it made the calls one after another, and the next step of the store never overlaps this one.
 */
final class SideBySide {

    static final int HELPERS = 3;

    private static final ExecutorService POOL = pool();

    private SideBySide() {
    }

    /**
     * Makes every call, some on other threads, and returns their results in the list's order.
     *
     * @throws RuntimeException the first call's failure, in the list's order, once all calls have finished
     */
    static <T> List<T> all(List<? extends Supplier<T>> calls) {
        if (calls.size() <= 1) {
            return calls.isEmpty() ? List.of() : List.of(calls.get(0).get());
        }
        Batch<T> batch = new Batch<>(calls);
        int helpers = Math.min(HELPERS, calls.size() - 1);
        for (int i = 0; i < helpers; i++) {
            try {
                POOL.execute(batch);
            } catch (RejectedExecutionException poolGone) {
                break;  // the caller makes the remaining calls itself
            }
        }
        batch.run();
        return batch.results();
    }

    private static ExecutorService pool() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(HELPERS, HELPERS, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), new Daemons());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Helper threads never keep a command-line run or a test JVM alive. */
    private static final class Daemons implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "dynamodb-side-by-side-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }

    /**
     * One list of calls, taken one at a time by whichever thread asks next (a class rather than a lambda: this
     * runs on the Lambda cold-start path).
     */
    private static final class Batch<T> implements Runnable {
        private final List<? extends Supplier<T>> calls;
        private final Object[] results;
        private final Throwable[] failures;
        private final AtomicInteger next = new AtomicInteger();
        private final CountDownLatch finished;

        Batch(List<? extends Supplier<T>> calls) {
            this.calls = calls;
            this.results = new Object[calls.size()];
            this.failures = new Throwable[calls.size()];
            this.finished = new CountDownLatch(calls.size());
        }

        @Override
        public void run() {
            for (int i = next.getAndIncrement(); i < calls.size(); i = next.getAndIncrement()) {
                try {
                    results[i] = calls.get(i).get();
                } catch (RuntimeException | Error e) {
                    failures[i] = e;
                } finally {
                    finished.countDown();
                }
            }
        }

        @SuppressWarnings("unchecked")
        List<T> results() {
            awaitUninterruptibly();
            Throwable first = null;
            for (Throwable failure : failures) {
                if (failure == null) {
                    continue;
                }
                if (first == null) {
                    first = failure;
                } else if (failure != first) {
                    first.addSuppressed(failure);
                }
            }
            if (first instanceof RuntimeException e) {
                throw e;
            }
            if (first instanceof Error e) {
                throw e;
            }
            return (List<T>) Arrays.asList(results);
        }

        /** Waits for the helpers' calls even when interrupted: returning early would leave writes running. */
        private void awaitUninterruptibly() {
            boolean interrupted = false;
            while (true) {
                try {
                    finished.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
