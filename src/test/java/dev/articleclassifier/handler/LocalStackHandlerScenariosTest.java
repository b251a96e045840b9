package dev.articleclassifier.handler;

import dev.articleclassifier.testing.Backend;
import dev.articleclassifier.testing.LocalStackBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The handler scenarios on LocalStack in Docker; skipped with the reason where Docker is not available. */
class LocalStackHandlerScenariosTest extends HandlerScenarios {

    private static LocalStackBackend backend;

    @BeforeAll
    static void startLocalStack() {
        backend = LocalStackBackend.startOrSkip();
    }

    @AfterAll
    static void stopLocalStack() {
        if (backend != null) {
            backend.close();
        }
    }

    @Override
    Backend backend() {
        return backend;
    }
}
