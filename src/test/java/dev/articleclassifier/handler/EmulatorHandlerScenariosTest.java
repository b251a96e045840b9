package dev.articleclassifier.handler;

import dev.articleclassifier.testing.Backend;
import dev.articleclassifier.testing.EmulatorBackend;

/** The handler scenarios on the project's emulators (dynalite and s3rver); always runs. */
class EmulatorHandlerScenariosTest extends HandlerScenarios {

    @Override
    Backend backend() {
        return EmulatorBackend.shared();
    }
}
