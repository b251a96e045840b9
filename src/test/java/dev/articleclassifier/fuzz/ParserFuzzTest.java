package dev.articleclassifier.fuzz;

import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.DocumentClassifier;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the whole classify path (decode, detect, parse, classify, JSON line, DynamoDB item) with structure-aware
 * documents: wire text, HTML, NITF, in several encodings, whole or damaged.
 */
class ParserFuzzTest {

    private static final DocumentClassifier CLASSIFIER = DocumentClassifier.bundled();

    @Test
    void classify_returnsWithinBudget_withValidJsonAndItems_forGeneratedDocuments() {
        FuzzRun.forAll(3_000, FuzzInputs::document,
                doc -> OutputChecks.classifyWithinBudget(CLASSIFIER, doc.bytes(), doc.fileName()));
    }

    @Test
    void classify_outputsOnlyWordsOfTheInput_forIntactDocuments() {
        FuzzRun.forAll(1_000, FuzzInputs::document, doc -> {
            ClassifiedArticle result = CLASSIFIER.classify(doc.bytes(), doc.fileName());
            if (doc.intact() && result.article() != null) {
                OutputChecks.assertOnlyInputWords(result.article(), doc.text());
            }
        });
    }
}
