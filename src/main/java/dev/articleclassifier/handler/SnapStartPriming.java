package dev.articleclassifier.handler;

import dev.articleclassifier.classify.DocumentClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.crac.Context;
import org.crac.Resource;

/**
 * SnapStart priming. With SnapStart, Lambda runs the function's initialisation once when a version is published,
 * snapshots the memory, and restores new containers from that snapshot. Whatever ran before the snapshot is
 * already loaded and JIT-warmed in every restored container, so the first real event does not pay for it.
 *
 * <p>Before the checkpoint this classifies a bundled sample (loading the parser, rules, gazetteer and every class
 * on the classify path), decodes an S3 event and formats a log line, and makes one harmless call per SDK client (loading marshallers, signers, endpoint rules
 * and the HTTP stack). Those calls may fail (no permission, no network during a local run): the classes they load
 * are what matters, so failures are ignored. On a JVM without CRaC the org.crac facade makes registration a no-op.
 */
public final class SnapStartPriming implements Resource {

    static final String SAMPLE = "priming-article.txt";

    private final ClassifierProvider classifiers;
    private final List<Runnable> warmUps;

    public SnapStartPriming(DocumentClassifier classifier, List<Runnable> warmUps) {
        this(ClassifierProvider.fixed(classifier), warmUps);
    }

    /** Asks for the rules only when priming, so that rules kept in S3 are read then, not when the handler is built. */
    public SnapStartPriming(ClassifierProvider classifiers, List<Runnable> warmUps) {
        this.classifiers = classifiers;
        this.warmUps = List.copyOf(warmUps);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: clients resolve credentials lazily and reconnect on demand after a restore.
    }

    /** Runs the priming work; returns how many warm-up calls succeeded (the rest failed and were ignored). */
    public int prime() {
        classifiers.current().classify(sample(), SAMPLE);
        // The event decoder and the log line writer, which every invocation uses first thing.
        S3EventDecoder.decode(S3Notifications.event(List.of(new S3Notifications().created("priming", SAMPLE, 1, "e"))));
        JsonLogLines.format(JsonLogLines.line("INFO", "primed"));
        int succeeded = 0;
        for (Runnable warmUp : warmUps) {
            try {
                warmUp.run();
                succeeded++;
            } catch (RuntimeException ignored) {
                // Expected where the call is not allowed or the endpoint is absent; the code paths are loaded anyway.
            }
        }
        return succeeded;
    }

    private static byte[] sample() {
        try (InputStream in = SnapStartPriming.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("priming sample missing from the jar: " + SAMPLE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
