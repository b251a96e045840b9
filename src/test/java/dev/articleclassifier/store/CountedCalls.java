package dev.articleclassifier.store;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Counts a DynamoDB client's calls by operation ({@code GetItem: 1, PutItem: 9, ...}): what a store step costs. */
final class CountedCalls implements ExecutionInterceptor {

    private final Map<String, Integer> counts = new TreeMap<>();

    @Override
    public synchronized void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        counts.merge(context.request().getClass().getSimpleName().replace("Request", ""), 1, Integer::sum);
    }

    synchronized Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }
}
