package dev.articleclassifier.cli;

import dev.articleclassifier.handler.EnvironmentVariables;
import dev.articleclassifier.local.LocalClients;
import dev.articleclassifier.store.ArticleQueries;
import java.net.URI;
import java.util.List;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Which article table a command reads, and a client for it. The table comes from {@code --table NAME} or the
 * function's own {@code TABLE_NAME} variable; the endpoint from {@code --endpoint URL} (the local stack prints
 * its URL) or, as for any AWS SDK program, from the standard environment and profile ({@code AWS_REGION},
 * {@code AWS_PROFILE}, {@code AWS_ENDPOINT_URL_DYNAMODB}).
 */
public record TableConnection(String tableName, URI endpoint) {

    /** The options this class understands, for commands' help texts. */
    public static final String OPTIONS_HELP = """
              --table NAME      the article table (default: $TABLE_NAME, else "articles")
              --endpoint URL    a DynamoDB endpoint such as the local stack's http://127.0.0.1:PORT
                                (default: the SDK's usual environment, e.g. AWS_ENDPOINT_URL_DYNAMODB)
            """;

    static final String DEFAULT_TABLE = "articles";

    /**
     * Takes {@code --table} and {@code --endpoint} out of {@code args} (which must be mutable) and returns the
     * connection they describe.
     *
     * @throws IllegalArgumentException when an option lacks its value
     */
    public static TableConnection fromArgs(List<String> args) {
        String table = take(args, "--table");
        String endpoint = take(args, "--endpoint");
        if (table == null) {
            String fromEnv = System.getenv(EnvironmentVariables.TABLE_NAME);
            table = fromEnv == null || fromEnv.isBlank() ? DEFAULT_TABLE : fromEnv;
        }
        return new TableConnection(table, endpoint == null ? null : URI.create(endpoint));
    }

    private static String take(List<String> args, String option) {
        int at = args.indexOf(option);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        String value = args.get(at + 1);
        args.subList(at, at + 2).clear();
        return value;
    }

    /** A client for the endpoint: the local stack's fixed credentials there, the SDK's default chain otherwise. */
    public DynamoDbClient client() {
        if (endpoint != null) {
            return LocalClients.dynamo(endpoint);
        }
        return DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
    }

    public ArticleQueries queries(DynamoDbClient client) {
        return new ArticleQueries(client, tableName);
    }
}
