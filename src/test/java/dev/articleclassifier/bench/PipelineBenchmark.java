package dev.articleclassifier.bench;

import dev.articleclassifier.handler.ArticleHandler;
import dev.articleclassifier.handler.HandlerComponents;
import dev.articleclassifier.handler.HandlerConfig;
import dev.articleclassifier.handler.S3Notifications;
import dev.articleclassifier.local.LocalEmulators;
import dev.articleclassifier.local.TableFromTemplate;
import dev.articleclassifier.source.IncomingBucket;
import dev.articleclassifier.store.ArticleRecord;
import dev.articleclassifier.store.ArticleStore;
import dev.articleclassifier.store.ObjectRef;
import dev.articleclassifier.store.WriteOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Throughput of the whole pipeline on the local emulators: N wire files (the samples, repeated under distinct
 * keys) are uploaded, then one S3 notification per file is delivered to the handler, one after another as Lambda
 * would with a single container. Prints records per second and per-record latency percentiles. A command, not a
 * test: the emulators' speed, not the code's, bounds the result, so it is reported, not asserted.
 *
 * <p>Usage: {@code PipelineBenchmark [FILES] [SAMPLES_DIR]} (defaults 1000, samples), from the project folder.
 */
public final class PipelineBenchmark {

    private static final String BUCKET = "bench-incoming";
    private static final String TABLE = "bench-articles";
    private static final int WARM_UP = 50;

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path samples = Path.of(args.length > 1 ? args[1] : "samples");
        List<byte[]> contents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Stream<Path> list = Files.list(samples)) {
            for (Path file : list.filter(Files::isRegularFile).sorted().toList()) {
                contents.add(Files.readAllBytes(file));
                names.add(file.getFileName().toString());
            }
        }
        try (LocalEmulators emulators = LocalEmulators.start(Path.of(System.getProperty("user.dir")));
             var s3 = emulators.s3Client();
             var dynamo = emulators.dynamoClient()) {
            IncomingBucket bucket = new IncomingBucket(s3, BUCKET);
            bucket.create();
            TableFromTemplate.bundled().createTable(dynamo, TABLE);
            HandlerComponents real = HandlerComponents.withClients(s3, dynamo, HandlerConfig.of(TABLE, BUCKET));
            Stopwatch fetching = new Stopwatch();
            Stopwatch storing = new Stopwatch();
            ArticleHandler handler = new ArticleHandler(new HandlerComponents(
                    object -> fetching.time(() -> real.source().fetch(object)), real.classifier(),
                    new TimedStore(real.store(), storing), List.of()), outcome -> { });
            S3Notifications notifications = new S3Notifications();

            List<IncomingBucket.Listed> uploaded = new ArrayList<>();
            for (int i = 0; i < files + WARM_UP; i++) {
                String key = String.format("incoming/bench/%05d-%s", i, names.get(i % names.size()));
                uploaded.add(bucket.upload(key, contents.get(i % contents.size())));
            }
            for (IncomingBucket.Listed object : uploaded.subList(0, WARM_UP)) {
                deliver(handler, notifications, object);
            }
            fetching.reset();
            storing.reset();
            long[] nanos = new long[files];
            long start = System.nanoTime();
            for (int i = 0; i < files; i++) {
                long t0 = System.nanoTime();
                deliver(handler, notifications, uploaded.get(WARM_UP + i));
                nanos[i] = System.nanoTime() - t0;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            System.out.printf("pipeline: %d wire files (%d sample shapes) through the handler on the local emulators%n",
                    files, names.size());
            System.out.printf("  %.1f records/s   (%.2f s total, after %d warm-up records)%n", files / seconds,
                    seconds, WARM_UP);
            System.out.printf("  per record: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", percentile(nanos, 0.50),
                    percentile(nanos, 0.95), nanos[nanos.length - 1] / 1e6);
            double fetchMs = fetching.millis() / files;
            double storeMs = storing.millis() / files;
            double totalMs = seconds * 1000 / files;
            System.out.printf("  mean per record: %.1f ms = S3 GetObject %.1f + DynamoDB writes %.1f"
                    + " + decode, parse, classify %.1f%n", totalMs, fetchMs, storeMs, totalMs - fetchMs - storeMs);
        }
    }

    private static void deliver(ArticleHandler handler, S3Notifications notifications, IncomingBucket.Listed object) {
        handler.handle(S3Notifications.event(List.of(
                notifications.created(BUCKET, object.key(), object.size(), object.eTag()))), null);
    }

    /** Accumulates the time spent in one collaborator. */
    private static final class Stopwatch {
        private long nanos;

        <T> T time(java.util.function.Supplier<T> call) {
            long t0 = System.nanoTime();
            try {
                return call.get();
            } finally {
                nanos += System.nanoTime() - t0;
            }
        }

        void reset() {
            nanos = 0;
        }

        double millis() {
            return nanos / 1e6;
        }
    }

    private record TimedStore(ArticleStore store, Stopwatch watch) implements ArticleStore {
        @Override
        public WriteOutcome put(ArticleRecord record) {
            return watch.time(() -> store.put(record));
        }

        @Override
        public WriteOutcome markDeleted(ObjectRef object, String sequencer, Instant deletedAt) {
            return watch.time(() -> store.markDeleted(object, sequencer, deletedAt));
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
