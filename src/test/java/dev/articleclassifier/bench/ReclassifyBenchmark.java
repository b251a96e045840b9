package dev.articleclassifier.bench;

import dev.articleclassifier.cli.reclassify.Checkpoint;
import dev.articleclassifier.cli.common.Progress;
import dev.articleclassifier.cli.reclassify.ReclassifyRun;
import dev.articleclassifier.cli.reclassify.RecordReclassifier;
import dev.articleclassifier.cli.reclassify.Tally;
import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.local.LocalEmulators;
import dev.articleclassifier.local.TableFromTemplate;
import dev.articleclassifier.source.S3ObjectSource;
import dev.articleclassifier.source.SourceLimits;
import dev.articleclassifier.store.ArticleId;
import dev.articleclassifier.store.ArticleRecord;
import dev.articleclassifier.store.DynamoDbArticleStore;
import dev.articleclassifier.store.ObjectRef;
import dev.articleclassifier.store.RecordListing;
import dev.articleclassifier.store.RecordSelection;
import dev.articleclassifier.store.TimeRange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Reclassification throughput on the local emulators: N stored records (objects in S3 made from the samples,
 * records written as the function writes them) re-tagged by {@code reclassify}'s workers, beside a baseline of
 * the same workers doing only the I/O a record needs at least (one GetItem and one GetObject). A last run with
 * one worker over a slice gives the time of one record, the figure the cloud-scale estimate starts from.
 *
 * <p>Usage: {@code ReclassifyBenchmark [N=1000] [WORKERS=2 x cores] [SLICE=200]}.
 */
public final class ReclassifyBenchmark {

    private static final String BUCKET = "reclassify-bench";
    private static final String TABLE = "reclassify-bench";

    private ReclassifyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 2 * Runtime.getRuntime().availableProcessors();
        int slice = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path project = Path.of(System.getProperty("user.dir"));
        try (LocalEmulators emulators = LocalEmulators.start(project);
             S3Client s3 = emulators.s3Client();
             DynamoDbClient dynamo = emulators.dynamoClient()) {
            s3.createBucket(b -> b.bucket(BUCKET));
            TableFromTemplate.bundled().createTable(dynamo, TABLE);
            DocumentClassifier classifier = DocumentClassifier.bundled();
            List<ObjectRef> objects = seed(s3, dynamo, classifier, samples(project.resolve("samples")), n, slice,
                    workers);
            System.out.printf("%d records seeded, %d cores, %d workers%n", objects.size(),
                    Runtime.getRuntime().availableProcessors(), workers);

            double baseline = baseline(s3, dynamo, objects, workers);
            System.out.printf("baseline  GetItem + GetObject       %7.1f records/s%n", baseline);

            RecordListing listing = new RecordListing(dynamo, TABLE);
            RecordReclassifier reclassifier = new RecordReclassifier(listing,
                    new S3ObjectSource(s3, SourceLimits.DEFAULT), classifier, new DynamoDbArticleStore(dynamo, TABLE),
                    false, false);
            Timed all = reclassify(listing, reclassifier, RecordSelection.all(), workers);
            System.out.printf("reclassify (%2d workers)            %7.1f records/s  (%d reclassified, %d failed)%n",
                    workers, all.perSecond(), all.tally().reclassified(), all.tally().failures().size());

            RecordSelection first = new RecordSelection(RecordSelection.READABLE, TimeRange.all(), "incoming/slice/");
            Timed one = reclassify(listing, reclassifier, first, 1);
            System.out.printf("reclassify ( 1 worker, %d records)  %7.1f records/s  = %.1f ms per record%n",
                    one.tally().seen(), one.perSecond(), 1000.0 / one.perSecond());
        }
    }

    private record Timed(Tally tally, double seconds) {
        double perSecond() {
            return tally.seen() / seconds;
        }
    }

    private static Timed reclassify(RecordListing listing, RecordReclassifier reclassifier, RecordSelection selection,
                                    int workers) {
        Progress quiet = new Progress(new PrintStream(OutputStream.nullOutputStream()), "reclassify", false, false,
                Duration.ofDays(1));
        long start = System.nanoTime();
        Tally tally = new ReclassifyRun(listing, reclassifier, Checkpoint.none(), quiet, workers).run(selection);
        return new Timed(tally, (System.nanoTime() - start) / 1e9);
    }

    /** The same workers, each record costing one consistent GetItem and one whole-object GetObject. */
    private static double baseline(S3Client s3, DynamoDbClient dynamo, List<ObjectRef> objects, int workers)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (ObjectRef object : objects) {
                done.add(pool.submit(() -> {
                    dynamo.getItem(b -> b.tableName(TABLE).consistentRead(true).key(java.util.Map.of(
                            "pk", av("ARTICLE#" + ArticleId.of(object)), "sk", av("ARTICLE"))));
                    return s3.getObjectAsBytes(b -> b.bucket(object.bucket()).key(object.key())).asByteArray().length;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return objects.size() / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static software.amazon.awssdk.services.dynamodb.model.AttributeValue av(String s) {
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.builder().s(s).build();
    }

    /** Uploads and stores N objects cycling through the samples; the first {@code slice} under their own prefix. */
    private static List<ObjectRef> seed(S3Client s3, DynamoDbClient dynamo, DocumentClassifier classifier,
                                        List<Path> samples, int n, int slice, int workers) throws Exception {
        DynamoDbArticleStore store = new DynamoDbArticleStore(dynamo, TABLE);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<ObjectRef>> seeded = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Path sample = samples.get(i % samples.size());
                String key = (i < slice ? "incoming/slice/" : "incoming/rest/") + i + "-" + sample.getFileName();
                seeded.add(pool.submit(() -> {
                    byte[] bytes = Files.readAllBytes(sample);
                    s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(bytes));
                    ObjectRef object = new ObjectRef(BUCKET, key, null, null, bytes.length);
                    String name = sample.getFileName().toString().replaceFirst("\\.gz$", "");
                    byte[] text = key.endsWith(".gz") ? gunzip(bytes) : bytes;
                    store.put(new ArticleRecord(object, "0A", Instant.now(), classifier.classify(text, name)));
                    return object;
                }));
            }
            List<ObjectRef> objects = new ArrayList<>();
            for (Future<ObjectRef> f : seeded) {
                objects.add(f.get());
            }
            return objects;
        } finally {
            pool.shutdown();
        }
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static List<Path> samples(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
