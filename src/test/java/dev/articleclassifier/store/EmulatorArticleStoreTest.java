package dev.articleclassifier.store;

import dev.articleclassifier.testing.Backend;
import dev.articleclassifier.testing.EmulatorBackend;

/** The store scenarios on the project's emulators (dynalite). */
class EmulatorArticleStoreTest extends ArticleStoreScenarios {

    @Override
    protected Backend backend() {
        return EmulatorBackend.shared();
    }
}
