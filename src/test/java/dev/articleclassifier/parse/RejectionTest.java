package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RejectionTest {

    private final ArticleParser parser = new ArticleParser(PlaceResolver.NONE);

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n\t \r\n", "\uFEFF", "\u00A0\n"})
    void parse_rejectsAsEmpty_whenFileHoldsOnlyWhitespace(String text) {
        assertEquals("empty file", parser.parse(utf8(text), "a.txt").rejectionReason());
    }

    @Test
    void parse_rejectsAsEmpty_whenContentIsNull() {
        assertEquals("empty file", parser.parse(null, "a.txt").rejectionReason());
    }

    @Test
    void parse_rejectsWithSizes_whenFileExceedsCap() {
        byte[] big = new byte[6 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        assertEquals("file too large: 6291456 bytes, limit 5242880", parser.parse(big, "big.txt").rejectionReason());
    }

    @Test
    void parse_honoursConfiguredCap() {
        ArticleParser small = new ArticleParser(PlaceResolver.NONE, 10);
        assertEquals("file too large: 16 bytes, limit 10", small.parse(utf8("Three words here"), "a").rejectionReason());
    }

    @Test
    void parse_rejectsWithoutHeadline_whenTextHasNoWords() {
        String reason = parser.parse(utf8("12345 67890\n---- ----\n"), "a.txt").rejectionReason();
        assertTrue(reason.startsWith("no headline: "), reason);
    }

    @Test
    void parse_rejectsWithoutHeadline_whenSingleLineHasFewerThanThreeWords() {
        String reason = parser.parse(utf8("Draft\n"), "a.txt").rejectionReason();
        assertTrue(reason.startsWith("no headline: "), reason);
    }

    @Test
    void parse_rejectsWithoutHeadline_whenFirstLineIsAParagraph() {
        String paragraph = "The committee met for several hours on Tuesday and discussed, among many other things, "
                .repeat(5);
        String reason = parser.parse(utf8(paragraph + "\n\nMore text follows here."), "a.txt").rejectionReason();
        assertTrue(reason.startsWith("no headline: first line is a"), reason);
    }

    @Test
    void parse_rejectsWithoutHeadline_whenTextIsOnlyPageChrome() {
        String reason = parser.parse(utf8("Off the wire\nYou are here: Home\n"), "a.txt").rejectionReason();
        assertTrue(reason.startsWith("no headline: "), reason);
    }

    @Test
    void parse_rejectsAsUnparseable_whenPlaceResolverThrows() {
        // Problem: a failing collaborator escaped parse() as an exception. Fix: parse() turns it into a rejection.
        ArticleParser failing = new ArticleParser(place -> {
            throw new IllegalStateException("gazetteer down");
        });
        ParseResult result = failing.parse(utf8("Ferry resumes\n\nMOSCOW, Dec. 24 (Xinhua) -- Service resumed."), "a");
        assertFalse(result.isAccepted());
        assertTrue(result.rejectionReason().startsWith("unparseable: "), result.rejectionReason());
    }

    @Test
    void parse_acceptsArticle_whenResolverKnowsNoPlace() {
        ArticleParser noPlaces = new ArticleParser(place -> Optional.empty());
        ParseResult result = noPlaces.parse(utf8("Ferry resumes\n\nMOSCOW, Dec. 24 (Xinhua) -- Service resumed."), "a");
        assertEquals(new Dateline("Moscow", null), result.article().dateline());
    }

    @Test
    void parse_rejectsWithoutHeadline_whenTextOpensWithDatelineParagraph() {
        String text = "MOSCOW, Dec. 24 (Xinhua) -- A passenger ferry line across a northern lake resumed service on "
                + "Thursday after a pause.\n\nMore text.";
        assertEquals("no headline: text opens with a dateline paragraph", parser.parse(utf8(text), "a.txt").rejectionReason());
    }

    @Test
    void parse_rejectsWithoutHeadline_whenHtmlPageHasNoTitle() {
        String html = "<html><body><p>Only a paragraph of text and nothing that names the story.</p></body></html>";
        assertEquals("no headline: page has no og:title, h1 or title", parser.parse(utf8(html), "a.html").rejectionReason());
    }
}
