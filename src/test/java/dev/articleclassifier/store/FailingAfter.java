package dev.articleclassifier.store;

import java.net.URI;
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
        return InterceptedDynamo.client(endpoint, interceptor);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (remaining.getAndDecrement() <= 0) {
            throw SdkClientException.create("simulated loss of the DynamoDB endpoint");
        }
    }
}
