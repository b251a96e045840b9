package dev.articleclassifier.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The independent writes of one store step: all made, results in order, failures thrown as they were. */
class SideBySideTest {

    @Test
    void all_returnsEachResultInTheListsOrder() {
        List<Supplier<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            calls.add(() -> n * n);
        }

        assertEquals(List.of(0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121), SideBySide.all(calls));
    }

    @Test
    void all_makesTheCallsSideBySide_whenOneWaitsForAnother() {
        CountDownLatch secondStarted = new CountDownLatch(1);
        // made one after another, the first call would wait for the second in vain (and give up after a minute)
        List<Supplier<Boolean>> calls = List.of(
                () -> awaitQuietly(secondStarted),
                () -> {
                    secondStarted.countDown();
                    return true;
                });

        assertEquals(List.of(true, true), SideBySide.all(calls));
    }

    @Test
    void all_throwsTheFirstFailureInTheListsOrder_onceEveryCallHasFinished() {
        AtomicInteger finished = new AtomicInteger();
        IllegalStateException first = new IllegalStateException("throttled");
        IllegalArgumentException second = new IllegalArgumentException("endpoint gone");
        List<Supplier<String>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            calls.add(() -> {
                try {
                    if (n == 2) {
                        throw first;
                    }
                    if (n == 5) {
                        throw second;
                    }
                    return "ok";
                } finally {
                    finished.incrementAndGet();
                }
            });
        }

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> SideBySide.all(calls));

        assertSame(first, thrown);
        assertArrayEquals(new Throwable[] {second}, thrown.getSuppressed());
        assertEquals(8, finished.get());
    }

    @Test
    void all_makesASingleCallOnTheCallersThread() {
        Thread caller = Thread.currentThread();

        assertEquals(List.of(true), SideBySide.all(List.of(() -> Thread.currentThread() == caller)));
        assertEquals(List.of(), SideBySide.all(List.<Supplier<Boolean>>of()));
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
