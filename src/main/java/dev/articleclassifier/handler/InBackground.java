package dev.articleclassifier.handler;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Something built on a thread of its own while the caller builds something else, handed over by {@link #get}.
 * The function's init builds two independent things that are each mostly class loading and CPU: the SDK clients
 * and the compiled rules and gazetteer. Where the function has more than one core's worth of CPU, they take the
 * time of the longer one instead of their sum; on a fraction of one core, they take what they took in a row.
 *
 * <p>{@link #get} waits for the work and throws what it threw, unchanged, so a bad rules file fails the init with
 * the same exception as when it was loaded in line.
 *
 * @param <T> what is built
 */
final class InBackground<T> {

    private final FutureTask<T> task;

    private InBackground(Callable<T> work) {
        this.task = new FutureTask<>(work);
    }

    /** Starts {@code work} on a new daemon thread named {@code name}. */
    static <T> InBackground<T> start(String name, Callable<T> work) {
        InBackground<T> background = new InBackground<>(work);
        Thread thread = new Thread(background.task, name);
        thread.setDaemon(true);  // never what keeps a JVM alive if the caller fails first
        thread.start();
        return background;
    }

    /** The work's result, once it is done; its exception, unchanged, if it failed. */
    T get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;  // the init goes on: it needs the result either way
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
