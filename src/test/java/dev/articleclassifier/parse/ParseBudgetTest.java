package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.fuzz.PathologicalInputs;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The parser's budget on the inputs that once cost it minutes or all its memory. */
class ParseBudgetTest {

    private final ArticleParser parser = new ArticleParser(PlaceResolver.NONE);

    @Test
    void parse_rejectsNitf_whenParagraphsNestPastTheDepthLimit() {
        // Problem: 2,000 nested <p> (133 KB) repeated every inner paragraph's text in each outer one, 35 MB of
        // body and an OutOfMemoryError. Fix: the markup pre-scan rejects nesting past the depth limit.
        ParseResult result = parser.parse(PathologicalInputs.nestedNitfParagraphs(2_000), "nested.xml");

        assertEquals("over budget: markup nested more than 64 levels deep (depth limit 64)", result.rejectionReason());
    }

    @Test
    void parse_readsOnlyTheOutermostParagraphs_whenNitfParagraphsNestWithinTheLimit() {
        byte[] nitf = PathologicalInputs.nestedNitfParagraphs(40);

        Article article = Fixtures.accepted(parser.parse(nitf, "nested.xml"));

        long body = article.paragraphs().stream().mapToLong(String::length).sum();
        assertTrue(body < nitf.length, body + " characters of body from " + nitf.length + " bytes");
    }

    @Test
    void parse_rejectsHtml_whenTablesNestPastTheDepthLimit() {
        // Problem: nested <table><tr><td> took jsoup's tree builder 6 s for 1 MB and over 60 s for 5 MB.
        // Fix: the pre-scan rejects the page before jsoup builds a tree.
        for (int size : new int[] {1_000_000, 5_000_000}) {
            ParseResult result = parser.parse(PathologicalInputs.nestedTables(size), "tables.html");

            assertTrue(result.rejectionReason().contains("(depth limit 64)"), result.rejectionReason());
        }
    }

    @Test
    void parse_rejectsHtml_when400000DivsNest() {
        // Problem: 400,000 nested <div> (4.4 MB) took 11-16 s with the function's JVM options. Fix: depth limit.
        ParseResult result = parser.parse(PathologicalInputs.nestedDivs(4_400_000), "divs.html");

        assertTrue(result.rejectionReason().startsWith("over budget: markup nested"), result.rejectionReason());
    }

    @Test
    void parse_rejectsMarkup_withMoreElementsThanTheLimit() {
        ParseResult result = parser.parse(PathologicalInputs.flatElements(60_000), "flat.html");

        assertEquals("over budget: more than 50000 markup elements (element limit 50000)", result.rejectionReason());
    }

    @Test
    void parse_classifiesPagesJustInsideTheBudget() {
        for (var entry : PathologicalInputs.worstCases().entrySet()) {
            if (entry.getKey().contains(" deep x ")) {
                assertTrue(parser.parse(entry.getValue(), "page.html").isAccepted(), entry.getKey());
            }
        }
    }

    @Test
    void parse_readsNitf_behindAPrologLongerThanTheSniffWindow() {
        // Problem: format detection read only the first 2 KB, so NITF behind a long comment and doctype was
        // parsed as HTML and rejected for "no headline". Fix: the sniff window starts after the prolog.
        Article article = Fixtures.accepted(parser.parse(PathologicalInputs.nitfBehindLongProlog(8_000), "feed.xml"));

        assertEquals("Talks resume in Geneva", article.headline());
    }

    @Test
    void parse_keepsNestedHtmlParagraphText_once() {
        String html = "<html><head><title>Nested cells</title></head><body><p>Outer words here"
                + "<table><tr><td><p>Inner words here</p></td></tr></table></p></body></html>";

        Article article = Fixtures.accepted(parser.parse(html.getBytes(StandardCharsets.UTF_8), "page.html"));

        String body = String.join(" ", article.paragraphs());
        assertEquals(body.indexOf("Inner words here"), body.lastIndexOf("Inner words here"), body);
    }
}
