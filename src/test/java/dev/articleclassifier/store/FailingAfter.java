package dev.articleclassifier.store;

import dev.articleclassifier.local.LocalClients;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A DynamoDB client whose calls succeed a given number of times and then fail as if the endpoint went away. */
final class FailingAfter implements ExecutionInterceptor {

    private final AtomicInteger remaining;

    private FailingAfter(int successfulCalls) {
        this.remaining = new AtomicInteger(successfulCalls);
    }

    static DynamoDbClient calls(URI endpoint, int successfulCalls) {
        FailingAfter interceptor = new FailingAfter(successfulCalls);
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

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (remaining.getAndDecrement() <= 0) {
            throw SdkClientException.create("simulated loss of the DynamoDB endpoint");
        }
    }
}
