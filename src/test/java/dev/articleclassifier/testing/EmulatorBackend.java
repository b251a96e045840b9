package dev.articleclassifier.testing;

import dev.articleclassifier.local.LocalEmulators;
import java.net.URI;
import java.nio.file.Path;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The emulators the project pins in {@code package.json} (dynalite for DynamoDB, s3rver for S3), started once
 * per test JVM by {@link #shared()} and stopped when the JVM exits. When {@code node_modules} is missing the
 * start fails with a message asking for {@code npm ci}: these tests are never silently skipped.
 */
public final class EmulatorBackend implements Backend {

    private static EmulatorBackend shared;

    private final LocalEmulators emulators;
    private final S3Client s3;
    private final DynamoDbClient dynamo;

    private EmulatorBackend(LocalEmulators emulators) {
        this.emulators = emulators;
        this.s3 = emulators.s3Client();
        this.dynamo = emulators.dynamoClient();
    }

    /** Emulators started from the project folder (Maven runs tests there). */
    public static synchronized EmulatorBackend shared() {
        if (shared == null) {
            shared = new EmulatorBackend(LocalEmulators.start(Path.of(System.getProperty("user.dir"))));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "emulator-backend-shutdown"));
        }
        return shared;
    }

    @Override
    public String name() {
        return "emulators";
    }

    @Override
    public S3Client s3() {
        return s3;
    }

    @Override
    public DynamoDbClient dynamo() {
        return dynamo;
    }

    @Override
    public URI s3Endpoint() {
        return emulators.s3Endpoint();
    }

    @Override
    public URI dynamoEndpoint() {
        return emulators.dynamoEndpoint();
    }

    @Override
    public void close() {
        s3.close();
        dynamo.close();
        emulators.close();
    }
}
