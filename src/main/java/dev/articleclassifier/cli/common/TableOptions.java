package dev.articleclassifier.cli.common;

import dev.articleclassifier.handler.EnvironmentVariables;
import dev.articleclassifier.local.LocalClients;
import dev.articleclassifier.local.LocalStackFile;
import dev.articleclassifier.store.ArticleQueries;
import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Which article table a command reads, and where. The table comes from {@code --table NAME} or the function's
 * own {@code TABLE_NAME} variable. The endpoint, first found wins: {@code --endpoint URL}; the SDK's own
 * {@code AWS_ENDPOINT_URL_DYNAMODB} / {@code AWS_ENDPOINT_URL}; the local stack while
 * {@code article-classifier local --watch} runs (announced on standard error); else AWS itself, with the SDK's
 * usual region and credentials ({@code AWS_REGION}, {@code AWS_PROFILE}).
 */
public final class TableOptions {

    static final String DEFAULT_TABLE = "articles";

    @Option(names = "--table", paramLabel = "NAME",
            description = "the article table (default: $TABLE_NAME, else \"articles\")")
    String table;

    @Option(names = "--endpoint", paramLabel = "URL", converter = EndpointConverter.class,
            description = "a DynamoDB endpoint such as http://127.0.0.1:PORT (default: AWS_ENDPOINT_URL_DYNAMODB, "
                    + "else the running 'local --watch' stack, else AWS)")
    URI endpoint;

    private Map<String, String> environment = System.getenv();

    /** For tests: the environment variables to read instead of the process's. */
    public TableOptions withEnvironment(Map<String, String> environment) {
        this.environment = environment;
        return this;
    }

    public String tableName() {
        if (table != null) {
            return table;
        }
        String fromEnv = environment.get(EnvironmentVariables.TABLE_NAME);
        return fromEnv == null || fromEnv.isBlank() ? DEFAULT_TABLE : fromEnv;
    }

    /** The DynamoDB endpoint to use, or {@code null} for the SDK's own choice. */
    public URI dynamoEndpoint(PrintStream err) {
        if (endpoint != null) {
            return endpoint;
        }
        if (sdkHasEndpoint("AWS_ENDPOINT_URL_DYNAMODB")) {
            return null;
        }
        return localStack(err).map(LocalStackFile.Endpoints::dynamo).orElse(null);
    }

    /** The S3 endpoint for {@code explicit} (a command's {@code --s3-endpoint}), found the same way. */
    public URI s3Endpoint(URI explicit, PrintStream err) {
        if (explicit != null) {
            return explicit;
        }
        if (endpoint != null || sdkHasEndpoint("AWS_ENDPOINT_URL_S3")) {
            return null;
        }
        return localStack(err).map(LocalStackFile.Endpoints::s3).orElse(null);
    }

    private boolean sdkHasEndpoint(String serviceVariable) {
        return present(environment.get(serviceVariable)) || present(environment.get("AWS_ENDPOINT_URL"));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private boolean announced;

    private Optional<LocalStackFile.Endpoints> localStack(PrintStream err) {
        Optional<LocalStackFile.Endpoints> running = LocalStackFile.running(LocalStackFile.location());
        if (running.isPresent() && !announced) {
            announced = true;
            err.println("Using the local stack of 'article-classifier local --watch' (process " + running.get().pid()
                    + "): DynamoDB " + running.get().dynamo() + ", S3 " + running.get().s3());
        }
        return running;
    }

    /** A client for the endpoint: the local stack's fixed credentials there, the SDK's default chain otherwise. */
    public DynamoDbClient client(PrintStream err) {
        URI at = dynamoEndpoint(err);
        if (at != null) {
            return LocalClients.dynamo(at);
        }
        return DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** An S3 client for {@link #s3Endpoint}. */
    public S3Client s3Client(URI explicit, PrintStream err) {
        URI at = s3Endpoint(explicit, err);
        if (at != null) {
            return LocalClients.s3(at);
        }
        return S3Client.builder().httpClient(UrlConnectionHttpClient.create()).build();
    }

    public ArticleQueries queries(DynamoDbClient client) {
        return new ArticleQueries(client, tableName());
    }
}
