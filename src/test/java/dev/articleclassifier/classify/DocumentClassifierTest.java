package dev.articleclassifier.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentClassifierTest {

    @Test
    void classify_rejects_whenFileIsEmpty() {
        ClassifiedArticle result = DocumentClassifier.bundled().classify("  \n".getBytes(StandardCharsets.UTF_8), "x.txt");
        assertEquals(ClassifiedArticle.Status.REJECTED, result.status());
    }
}
