package dev.articleclassifier.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.DocumentClassifier;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fuzz suite's fixed corpus: every shape that once broke a bound, checked with the fuzz properties. */
class PathologicalCorpusTest {

    private static final DocumentClassifier CLASSIFIER = DocumentClassifier.bundled();

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void classify_keepsEveryBound_onThePathologicalCorpus(String name, byte[] bytes) {
        ClassifiedArticle result = OutputChecks.classifyWithinBudget(CLASSIFIER, bytes,
                name.contains("NITF") ? "feed.xml" : name.contains("wire") ? "story.txt" : "page.html");

        assertTrue(result.status() == ClassifiedArticle.Status.CLASSIFIED || result.reason().startsWith("over budget"),
                result.reason());
    }

    static Stream<Arguments> corpus() {
        Map<String, byte[]> cases = PathologicalInputs.worstCases();
        cases.put("NITF behind a 10 KB prolog", PathologicalInputs.nitfBehindLongProlog(10_000));
        cases.put("tables nested 1,000 deep, 15 KB", PathologicalInputs.nestedTables(15_000));
        cases.put("NITF behind 300,000 doctype declarations", PathologicalInputs.repeatedDoctypes(300_000));
        return cases.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }
}
