package dev.articleclassifier.testing;

import dev.articleclassifier.local.TableFromTemplate;
import java.net.URI;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 and DynamoDB API for tests: the project's emulators ({@link EmulatorBackend}, always available once
 * {@code npm ci} has run) or LocalStack in Docker ({@link LocalStackBackend}, skipped where Docker is absent).
 * Scenario suites are written once against this interface and run on both.
 *
 * <p>Tables and buckets are created per test with unique names, so tests sharing a backend do not see each
 * other's data. Tables take their keys and indexes from {@code template.yaml}.
 */
public interface Backend extends AutoCloseable {

    /** Shown in test names and messages ("emulators", "localstack"). */
    String name();

    /** A shared client; do not close it. */
    S3Client s3();

    /** A shared client; do not close it. */
    DynamoDbClient dynamo();

    URI s3Endpoint();

    URI dynamoEndpoint();

    default void createBucket(String bucket) {
        s3().createBucket(b -> b.bucket(bucket));
    }

    /** Creates a table shaped like the template's {@code Table} resource and waits until it is ACTIVE. */
    default void createTable(String tableName) {
        TableFromTemplate.bundled().createTable(dynamo(), tableName);
    }

    @Override
    void close();
}
