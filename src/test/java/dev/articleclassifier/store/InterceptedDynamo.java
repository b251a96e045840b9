package dev.articleclassifier.store;

import dev.articleclassifier.local.LocalClients;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A DynamoDB client on the test backend that shows every call to an interceptor first, and never retries. */
final class InterceptedDynamo {

    private InterceptedDynamo() {
    }

    static DynamoDbClient client(URI endpoint, ExecutionInterceptor interceptor) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(LocalClients.REGION)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LocalClients.ACCESS_KEY, LocalClients.SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.addExecutionInterceptor(interceptor)
                        .retryStrategy(r -> r.maxAttempts(1)))
                .build();
    }
}
