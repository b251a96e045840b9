package dev.articleclassifier.handler;

import dev.articleclassifier.testing.Backend;
import dev.articleclassifier.testing.LocalStackBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The handler scenarios on LocalStack in Docker. Where Docker is absent each scenario is reported as skipped, with
 * the reason, rather than the class vanishing from the report with no test run.
 */
class LocalStackHandlerScenariosTest extends HandlerScenarios {

    private static LocalStackBackend backend;

    @BeforeAll
    static void startLocalStack() {
        if (LocalStackBackend.dockerAvailable()) {
            backend = LocalStackBackend.start();
        }
    }

    @AfterAll
    static void stopLocalStack() {
        if (backend != null) {
            backend.close();
        }
    }

    @Override
    Backend backend() {
        LocalStackBackend.assumeDocker();
        return backend;
    }
}
