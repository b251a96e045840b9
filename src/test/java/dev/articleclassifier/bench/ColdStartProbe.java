package dev.articleclassifier.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.articleclassifier.handler.ArticleHandler;
import dev.articleclassifier.handler.HandlerComponents;
import dev.articleclassifier.handler.HandlerConfig;
import dev.articleclassifier.handler.S3EventDecoder;
import dev.articleclassifier.handler.S3Notifications;
import dev.articleclassifier.local.LocalClients;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One cold start in this (fresh) JVM: build a handler, process one S3 event, print the timings as one line
 * ({@code jvm=… init=… first=…} in milliseconds). Started by {@link ColdStartBenchmark}, never on its own.
 *
 * <p>Args: {@code full|primed|minimal S3_ENDPOINT DYNAMODB_ENDPOINT BUCKET TABLE KEY SIZE}. {@code full} is the
 * project's handler; {@code primed} the same with the SnapStart priming run during init (what a restored snapshot
 * has already done); {@code minimal} a handler that only does GetObject and PutItem with the same SDK clients.
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) {
        long mainStart = System.nanoTime();
        long jvmMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        String kind = args[0];
        S3Client s3 = LocalClients.s3(URI.create(args[1]));
        DynamoDbClient dynamo = LocalClients.dynamo(URI.create(args[2]));
        String bucket = args[3];
        String table = args[4];
        RequestHandler<S3Event, ?> handler = switch (kind) {
            case "minimal" -> new MinimalHandler(s3, dynamo, table);
            case "full", "primed" -> {
                ArticleHandler full = new ArticleHandler(
                        HandlerComponents.withClients(s3, dynamo, HandlerConfig.of(table, bucket)), outcome -> { });
                if (kind.equals("primed")) {
                    full.priming().prime();
                }
                yield full;
            }
            default -> throw new IllegalArgumentException(kind);
        };
        long built = System.nanoTime();
        S3Event event = S3Notifications.event(List.of(
                new S3Notifications().created(bucket, args[5], Long.parseLong(args[6]), null)));
        handler.handleRequest(event, null);
        long done = System.nanoTime();
        System.out.printf("jvm=%d init=%.1f first=%.1f%n", jvmMillis, (built - mainStart) / 1e6, (done - built) / 1e6);
    }

    /** The floor: read the object, write one item. No parsing, no rules, no conditions. */
    static final class MinimalHandler implements RequestHandler<S3Event, String> {
        private final S3Client s3;
        private final DynamoDbClient dynamo;
        private final String table;

        MinimalHandler(S3Client s3, DynamoDbClient dynamo, String table) {
            this.s3 = s3;
            this.dynamo = dynamo;
            this.table = table;
        }

        @Override
        public String handleRequest(S3Event event, Context context) {
            S3EventDecoder.decode(event).forEach(e -> {
                byte[] body = s3.getObjectAsBytes(b -> b.bucket(e.object().bucket()).key(e.object().key()))
                        .asByteArray();
                dynamo.putItem(b -> b.tableName(table).item(Map.of(
                        "pk", AttributeValue.fromS("MINIMAL#" + e.object().key()),
                        "sk", AttributeValue.fromS("ARTICLE"),
                        "size", AttributeValue.fromN(Integer.toString(body.length)))));
            });
            return "ok";
        }
    }
}
