package dev.articleclassifier.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.articleclassifier.classify.rules.DataFileException;
import org.junit.jupiter.api.Test;

/** Work handed to a thread of its own during init, and handed back with its result or its failure. */
class InBackgroundTest {

    @Test
    void get_returnsWhatTheWorkBuilt_onAnotherThread() {
        Thread caller = Thread.currentThread();
        InBackground<Thread> background = InBackground.start("test-work", Thread::currentThread);

        Thread worker = background.get();

        assertNotSame(caller, worker);
        assertEquals("test-work", worker.getName());
    }

    @Test
    void get_throwsTheWorksExceptionUnchanged() {
        DataFileException bad = new DataFileException("rules.jsonc: line 3: expected a string");
        InBackground<Object> background = InBackground.start("test-work", () -> {
            throw bad;
        });

        assertSame(bad, assertThrows(DataFileException.class, background::get));
    }

    @Test
    void get_throwsTheWorksErrorUnchanged() {
        StackOverflowError error = new StackOverflowError();
        InBackground<Object> background = InBackground.start("test-work", () -> {
            throw error;
        });

        assertSame(error, assertThrows(StackOverflowError.class, background::get));
    }
}
