package dev.articleclassifier.store;

import dev.articleclassifier.testing.Backend;
import dev.articleclassifier.testing.LocalStackBackend;

/**
 * The store scenarios on LocalStack. Where Docker is absent each scenario is reported as skipped, with the
 * reason, rather than the class vanishing from the report.
 */
class LocalStackArticleStoreTest extends ArticleStoreScenarios {

    @Override
    protected Backend backend() {
        return LocalStackBackend.sharedOrSkip();
    }
}
