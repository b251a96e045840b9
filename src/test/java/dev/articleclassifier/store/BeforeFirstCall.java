package dev.articleclassifier.store;

import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A DynamoDB client that runs some other work just before its first call matching a predicate: a deterministic
 * way to make a concurrent writer act between two steps of a store operation.
 */
final class BeforeFirstCall implements ExecutionInterceptor {

    private final Predicate<SdkRequest> matches;
    private final Runnable interleaved;
    private final AtomicBoolean done = new AtomicBoolean();

    private BeforeFirstCall(Predicate<SdkRequest> matches, Runnable interleaved) {
        this.matches = matches;
        this.interleaved = interleaved;
    }

    static DynamoDbClient client(URI endpoint, Predicate<SdkRequest> matches, Runnable interleaved) {
        BeforeFirstCall interceptor = new BeforeFirstCall(matches, interleaved);
        return InterceptedDynamo.client(endpoint, interceptor);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (matches.test(context.request()) && done.compareAndSet(false, true)) {
            interleaved.run();
        }
    }
}
