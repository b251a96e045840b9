package dev.articleclassifier.handler;

import dev.articleclassifier.testing.Backend;
import dev.articleclassifier.testing.LocalStackBackend;

/**
 * The handler scenarios on LocalStack in Docker. Where Docker is absent each scenario is reported as skipped, with
 * the reason, rather than the class vanishing from the report with no test run.
 */
class LocalStackHandlerScenariosTest extends HandlerScenarios {

    @Override
    Backend backend() {
        return LocalStackBackend.sharedOrSkip();
    }
}
