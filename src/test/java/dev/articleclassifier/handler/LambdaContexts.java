package dev.articleclassifier.handler;

import com.amazonaws.services.lambda.runtime.Context;
import java.lang.reflect.Proxy;

/** A Lambda {@link Context} that knows only its request id, as tests need no more of it. */
final class LambdaContexts {

    private LambdaContexts() {
    }

    static Context withRequestId(String requestId) {
        return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAwsRequestId" -> requestId;
                    case "getRemainingTimeInMillis", "getMemoryLimitInMB" -> 0;
                    case "toString" -> "Context[" + requestId + "]";
                    default -> null;
                });
    }
}
