package dev.articleclassifier.cli.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.classify.Evidence;
import dev.articleclassifier.store.StoredTags;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArticleViewTest {

    // Problem: `query --id` showed at most 5 evidence terms per tag without saying that the table keeps no more.
    // Fix: a tag at the stored cap makes the view say so (and where to see them all).
    @Test
    void evidenceCapped_isTrue_whenATagHasAsManyTermsAsTheTableKeeps() {
        List<Evidence> five = IntStream.range(0, ArticleView.STORED_EVIDENCE)
                .mapToObj(i -> new Evidence("term" + i, 1, 1.0)).toList();

        assertTrue(ArticleView.evidenceCapped(tags(five)));
        assertFalse(ArticleView.evidenceCapped(tags(five.subList(0, 2))));
    }

    private static StoredTags tags(List<Evidence> evidence) {
        return new StoredTags(List.of(new StoredTags.Tag("crime", "Crime", 0.9, null, evidence, null, null)), List.of(),
                List.of(), List.of(), null, null, null, null, null);
    }
}
