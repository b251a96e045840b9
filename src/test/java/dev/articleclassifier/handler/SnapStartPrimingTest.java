package dev.articleclassifier.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articleclassifier.classify.DocumentClassifier;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SnapStartPrimingTest {

    @Test
    void prime_runsEveryWarmUp_andIgnoresTheOnesThatFail() {
        AtomicInteger calls = new AtomicInteger();
        Runnable denied = () -> {
            calls.incrementAndGet();
            throw new IllegalStateException("AccessDenied");
        };
        Runnable allowed = calls::incrementAndGet;

        int succeeded = new SnapStartPriming(DocumentClassifier.bundled(), List.of(denied, allowed)).prime();

        assertEquals(1, succeeded);
        assertEquals(2, calls.get());
    }
}
