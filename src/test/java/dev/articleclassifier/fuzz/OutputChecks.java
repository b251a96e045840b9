package dev.articleclassifier.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.cli.classify.ArticleJson;
import dev.articleclassifier.parse.Article;
import dev.articleclassifier.parse.InputLimits;
import dev.articleclassifier.store.ItemRoundTrip;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The properties every classified document must have, whatever its bytes: classification returns (no throwable
 * escapes) within the per-record time budget, its JSON line is valid and says the same status, its DynamoDB item
 * reads back the same, and its body is bounded.
 */
final class OutputChecks {

    /**
     * A third of the function's 60 s timeout. The 5 s floor (function JVM options, 256 MB heap) is measured by
     * {@code bin/benchmark worstcase}, not asserted here: tests share the machine with other builds.
     */
    static final Duration TIME_BUDGET = Duration.ofSeconds(20);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ASCII_WORD = Pattern.compile("[A-Za-z]{3,}");

    private OutputChecks() {
    }

    /** Classifies and checks; returns the result for further checks. */
    static ClassifiedArticle classifyWithinBudget(DocumentClassifier classifier, byte[] bytes, String fileName) {
        long start = System.nanoTime();
        ClassifiedArticle result = classifier.classify(bytes, fileName);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(TIME_BUDGET) <= 0, "took " + took.toMillis() + " ms");
        assertValidJson(result);
        ItemRoundTrip.assertRoundTrips(result);
        if (result.article() != null) {
            long body = result.article().paragraphs().stream().mapToLong(String::length).sum();
            assertTrue(body <= InputLimits.DEFAULT_MAX_BYTES, body + " characters of body");
        }
        return result;
    }

    static void assertValidJson(ClassifiedArticle result) {
        try {
            JsonNode line = JSON.readTree(ArticleJson.toJsonLine("fuzz.txt", result));
            assertEquals(result.status().name(), line.path("status").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("output is not valid JSON", e);
        }
    }

    /** Every ASCII word of three letters or more in the headline and body occurs in the input text. */
    static void assertOnlyInputWords(Article article, String input) {
        String haystack = input.toLowerCase(Locale.ROOT);
        Matcher words = ASCII_WORD.matcher(article.headline() + "\n" + String.join("\n", article.paragraphs()));
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            assertTrue(haystack.contains(word), "'" + word + "' is not in the input");
        }
    }
}
