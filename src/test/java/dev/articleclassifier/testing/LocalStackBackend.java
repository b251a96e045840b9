package dev.articleclassifier.testing;

import dev.articleclassifier.local.LocalClients;
import java.net.URI;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.containers.localstack.LocalStackContainer.Service;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * LocalStack in Docker through Testcontainers, with a pinned image. Where Docker is not available, each test
 * that asks for {@link #sharedOrSkip()} is reported as skipped with the reason instead of failing (an assumption
 * in {@code @BeforeAll} would hide the class's tests instead).
 */
public final class LocalStackBackend implements Backend {

    public static final DockerImageName IMAGE = DockerImageName.parse("localstack/localstack:4.4.0");

    private final LocalStackContainer container;
    private final S3Client s3;
    private final DynamoDbClient dynamo;

    private LocalStackBackend(LocalStackContainer container) {
        this.container = container;
        this.s3 = LocalClients.s3(s3Endpoint());
        this.dynamo = LocalClients.dynamo(dynamoEndpoint());
    }

    /** Why LocalStack tests are skipped here. */
    public static final String NO_DOCKER = "Docker is not available: LocalStack scenarios skipped "
            + "(the same scenarios run on the emulators)";

    private static Boolean dockerAvailable;

    /** Asked once per JVM: where Docker is absent Testcontainers needs about a second to find out. */
    public static synchronized boolean dockerAvailable() {
        if (dockerAvailable == null) {
            dockerAvailable = DockerClientFactory.instance().isDockerAvailable();
        }
        return dockerAvailable;
    }

    /** Skips the calling test (from a test, {@code @BeforeEach} or {@code @BeforeAll}) where Docker is absent. */
    public static void assumeDocker() {
        Assumptions.assumeTrue(dockerAvailable(), NO_DOCKER);
    }

    private static LocalStackBackend shared;

    /**
     * One LocalStack per test JVM, started on first use and stopped when the JVM exits; where Docker is absent it
     * skips the calling test with the reason. Every LocalStack scenario class shares it, as the emulator
     * scenarios share {@link EmulatorBackend#shared()}: starting a container costs seconds.
     */
    public static synchronized LocalStackBackend sharedOrSkip() {
        assumeDocker();
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "localstack-backend-shutdown"));
        }
        return shared;
    }

    /** Starts LocalStack; the caller closes it. Requires Docker. */
    public static LocalStackBackend start() {
        LocalStackContainer container = new LocalStackContainer(IMAGE).withServices(Service.S3, Service.DYNAMODB);
        container.start();
        return new LocalStackBackend(container);
    }

    @Override
    public String name() {
        return "localstack";
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
        return container.getEndpointOverride(Service.S3);
    }

    @Override
    public URI dynamoEndpoint() {
        return container.getEndpointOverride(Service.DYNAMODB);
    }

    @Override
    public void close() {
        s3.close();
        dynamo.close();
        container.stop();
    }
}
