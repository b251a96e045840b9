package dev.articleclassifier.bench;

import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.handler.ArticleHandler;
import dev.articleclassifier.handler.AwsClients;
import dev.articleclassifier.handler.HandlerComponents;
import dev.articleclassifier.handler.ObjectEvent;
import dev.articleclassifier.handler.S3EventDecoder;
import dev.articleclassifier.handler.S3Notifications;
import dev.articleclassifier.source.FetchedObject;
import dev.articleclassifier.store.ArticleRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One cold start in this (fresh) JVM, the way Lambda starts the function: the handler's no-argument constructor
 * reads the environment ({@code TABLE_NAME}, {@code BUCKET_NAME}, the SDK's endpoint, region and credential
 * variables), then one S3 event arrives as JSON bytes on the stream entry point. Prints the timings as one line
 * ({@code jvm=… init=… first=… cpu=…} in milliseconds). Started by {@link ColdStartBenchmark} with the function package on
 * its class path, never on its own.
 *
 * <p>Args: {@code full|primed|minimal KEY SIZE}. {@code full} is the project's handler; {@code primed} the same with
 * the SnapStart priming run during init (what a restored snapshot has already done); {@code minimal} a handler that
 * only does GetObject and PutItem with the same SDK clients, built the same way.
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws IOException {
        long cpuStart = processCpuNanos();
        long mainStart = System.nanoTime();
        long jvmMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        String kind = args[0];
        Map<String, String> env = System.getenv();
        if (kind.equals("breakdown")) {
            breakdown(env);
            return;
        }
        if (kind.equals("first-event")) {
            firstEvent(env, args[1], Long.parseLong(args[2]));
            return;
        }
        Handler handler = switch (kind) {
            case "minimal" -> new MinimalHandler(env);
            case "full", "primed" -> {
                ArticleHandler full = new ArticleHandler();
                if (kind.equals("primed")) {
                    full.priming().prime();
                }
                yield (event, out) -> full.handleRequest(new ByteArrayInputStream(event), out, null);
            }
            default -> throw new IllegalArgumentException(kind);
        };
        long built = System.nanoTime();
        int classesAtInit = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        byte[] event = S3Notifications.event(List.of(new S3Notifications().created(env.get("BUCKET_NAME"), args[1],
                Long.parseLong(args[2]), null))).getBytes(StandardCharsets.UTF_8);
        handler.handle(event, new ByteArrayOutputStream());
        long done = System.nanoTime();
        long cpu = processCpuNanos() - cpuStart;
        System.out.printf("jvm=%d init=%.1f first=%.1f cpu=%.1f classes=%d+%d%n", jvmMillis,
                (built - mainStart) / 1e6, (done - built) / 1e6, cpu / 1e6, classesAtInit,
                ManagementFactory.getClassLoadingMXBean().getLoadedClassCount() - classesAtInit);
    }

    /**
     * Where init time goes, step by step in one fresh JVM, each step paying the class loading it is first to need:
     * the SDK's HTTP client and two service clients, the bundled rules and gazetteer, Jackson's first log line.
     */
    private static void breakdown(Map<String, String> env) {
        long t0 = System.nanoTime();
        SdkHttpClient http = AwsClients.httpClient();
        long t1 = System.nanoTime();
        S3Client s3 = AwsClients.s3(http, env);
        long t2 = System.nanoTime();
        DynamoDbClient dynamo = AwsClients.dynamo(http);
        long t3 = System.nanoTime();
        dev.articleclassifier.classify.DocumentClassifier.bundled();
        long t4 = System.nanoTime();
        S3EventDecoder.decode(S3Notifications.event(List.of(new S3Notifications().created("b", "k", 1, null))));
        long t5 = System.nanoTime();
        System.out.printf("breakdown http=%.1f s3=%.1f dynamo=%.1f rules=%.1f jackson=%.1f classes=%d%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6,
                ManagementFactory.getClassLoadingMXBean().getLoadedClassCount());
        s3.close();
        dynamo.close();
    }

    /**
     * Where the first event's time goes, step by step in one fresh JVM after the handler's components were built:
     * decoding the event, fetching the object, parsing and classifying it, storing the record. Each step pays the
     * class loading and the first requests it is first to need.
     */
    private static void firstEvent(Map<String, String> env, String key, long size) {
        HandlerComponents components = HandlerComponents.fromEnvironment(env, line -> { });
        int classesAtInit = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        long t0 = System.nanoTime();
        ObjectEvent event = S3EventDecoder.decode(S3Notifications.event(List.of(new S3Notifications().created(
                env.get("BUCKET_NAME"), key, size, null)))).get(0);
        long t1 = System.nanoTime();
        FetchedObject.Content content = (FetchedObject.Content) components.source().fetch(event.object());
        long t2 = System.nanoTime();
        ClassifiedArticle result = components.classifier().classify(content.bytes(), content.fileName());
        long t3 = System.nanoTime();
        components.store().put(new ArticleRecord(event.object(), event.sequencer(), Instant.now(), result));
        long t4 = System.nanoTime();
        System.out.printf("first-event decode=%.1f fetch=%.1f classify=%.1f store=%.1f classes=+%d%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6,
                ManagementFactory.getClassLoadingMXBean().getLoadedClassCount() - classesAtInit);
    }

    /** CPU time of every thread of this JVM so far (the compiler's and the collector's included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** A stream handler's work, as the probe drives it. */
    @FunctionalInterface
    interface Handler {
        void handle(byte[] event, ByteArrayOutputStream out) throws IOException;
    }

    /** The floor: read the object, write one item. No parsing, no rules, no conditions. */
    static final class MinimalHandler implements Handler {
        private final S3Client s3;
        private final DynamoDbClient dynamo;
        private final String table;

        MinimalHandler(Map<String, String> env) {
            SdkHttpClient http = AwsClients.httpClient();
            this.s3 = AwsClients.s3(http, env);
            this.dynamo = AwsClients.dynamo(http);
            this.table = env.get("TABLE_NAME");
        }

        @Override
        public void handle(byte[] event, ByteArrayOutputStream out) {
            S3EventDecoder.decode(event).forEach(e -> {
                byte[] body = s3.getObjectAsBytes(b -> b.bucket(e.object().bucket()).key(e.object().key()))
                        .asByteArray();
                dynamo.putItem(b -> b.tableName(table).item(Map.of(
                        "pk", AttributeValue.fromS("MINIMAL#" + e.object().key()),
                        "sk", AttributeValue.fromS("ARTICLE"),
                        "size", AttributeValue.fromN(Integer.toString(body.length)))));
            });
            out.writeBytes("\"ok\"".getBytes(StandardCharsets.UTF_8));
        }
    }
}
