package dev.articleclassifier.cli.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.classify.Evidence;
import dev.articleclassifier.store.StoredTags;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicExplanationTest {

    private static String printed(List<TopicExplanation.Line> lines, String language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TopicExplanation.print(lines, language, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void print_saysTopicsWereNotScored_whenTheTextIsNotEnglish() {
        // Problem: a French story read "no topic had evidence". Fix: say that only English text is scored.
        assertEquals("  topics not scored: the text is in language \"fr\" and the rules are English\n",
                printed(List.of(), "fr"));
        assertEquals("  no topic had evidence\n", printed(List.of(), "en"));
    }

    @Test
    void print_marksANearMissAsStopped_evenWhenItsItemHasNoRule() {
        StoredTags.Tag miss = new StoredTags.Tag("health", "Health", 0.4, null, List.of(new Evidence("virus", 1, 3)),
                null, null);
        StoredTags tags = new StoredTags(List.of(), List.of(miss), List.of(), List.of(), null, null, "en", null, null);
        String text = printed(TopicExplanation.of(tags), "en");
        assertTrue(text.startsWith("  stopped health"), text);
        assertTrue(text.contains("evidence: virus x1 (3.00)"), text);
    }

    @Test
    void print_showsTaggedTopicsWithTheirReason() {
        StoredTags.Tag tag = new StoredTags.Tag("disaster", "Disaster", 0.97, null, List.of(), null,
                "strongest topic, score 0.97 reaches the threshold 0.30");
        StoredTags tags = new StoredTags(List.of(tag), List.of(), List.of(), List.of(), null, null, "en", null, null);
        assertEquals("  tagged  disaster             0.97  strongest topic, score 0.97 reaches the threshold 0.30\n",
                printed(TopicExplanation.of(tags), "en"));
    }
}
