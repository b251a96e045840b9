package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Pathological pages end with a record, never an exception. The timeouts guard against a hang (work growing
 * faster than the page); they measure nothing.
 */
class HtmlPageBoundsTest {

    private static final String HEAD = "<!doctype html><html><head><title>Budget talks stall in parliament</title>"
            + "</head><body>";
    private static final String SENTENCE = "<p>Lawmakers met again on Monday, and again they failed to agree on "
            + "the budget, which must pass before the end of the month.</p>\n";

    private static ParseResult parse(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        return new ArticleParser(Fixtures.PLACES, 6L * 1024 * 1024).parse(bytes, "page.html");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void parse_returnsTheStory_whenPageIsFiveMegabytes() {
        StringBuilder html = new StringBuilder(HEAD);
        while (html.length() < 5 * 1024 * 1024 - 200) {
            html.append(SENTENCE);
        }
        html.append("</body></html>");
        ParseResult result = parse(html.toString());
        assertTrue(result.isAccepted(), result.rejectionReason());
        assertTrue(result.article().paragraphs().size() > 10_000);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void parse_returnsARecord_whenElementsAreNestedFiftyThousandDeep() {
        int depth = 50_000;
        StringBuilder html = new StringBuilder(HEAD);
        for (int i = 0; i < depth; i++) {
            html.append(i % 2 == 0 ? "<div>" : "<span>").append("word ");
        }
        html.append(SENTENCE);
        ParseResult result = parse(html.toString());
        assertNotNull(result.isAccepted() ? result.article() : result.rejectionReason());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void parse_rejectsWithAReason_whenPageHoldsOnlyScripts() {
        StringBuilder html = new StringBuilder("<!doctype html><html><head>");
        for (int i = 0; i < 2_000; i++) {
            html.append("<script>var a").append(i).append(" = '").append("x".repeat(500)).append("';</script>");
        }
        html.append("</head><body></body></html>");
        ParseResult result = parse(html.toString());
        assertEquals(false, result.isAccepted());
        assertTrue(result.rejectionReason().startsWith("no headline"), result.rejectionReason());
    }
}
