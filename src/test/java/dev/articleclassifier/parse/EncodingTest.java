package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncodingTest {

    private static final String STORY = "Caf\u00e9 owners welcome \u201cquiet\u201d tax plan\n\n"
            + "Owners of caf\u00e9s said on Monday the plan was \u201cfair\u201d and would help small firms.\n";

    private final ArticleParser parser = new ArticleParser(PlaceResolver.NONE);

    private static byte[] concat(byte[] prefix, byte[] body) {
        return ByteBuffer.allocate(prefix.length + body.length).put(prefix).put(body).array();
    }

    private Article parse(byte[] bytes) {
        return Fixtures.accepted(parser.parse(bytes, "story.txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252"})
    void parse_decodesHeadlineWithoutMojibake_inEachSupportedEncoding(String charsetName) {
        Charset charset = Charset.forName(charsetName);
        byte[] bom = switch (charsetName) {
            case "UTF-16LE" -> new byte[]{(byte) 0xFF, (byte) 0xFE};
            case "UTF-16BE" -> new byte[]{(byte) 0xFE, (byte) 0xFF};
            default -> new byte[0];
        };
        Article article = parse(concat(bom, STORY.getBytes(charset)));
        assertEquals("Caf\u00e9 owners welcome \u201cquiet\u201d tax plan", article.headline());
        assertEquals("Owners of caf\u00e9s said on Monday the plan was \u201cfair\u201d and would help small firms.",
                article.paragraphs().get(0));
    }

    @Test
    void parse_dropsByteOrderMark_whenUtf8HasOne() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertEquals("Caf\u00e9 owners welcome \u201cquiet\u201d tax plan",
                parse(concat(bom, STORY.getBytes(StandardCharsets.UTF_8))).headline());
    }

    @Test
    void parse_readsCurlyQuotes_whenWindows1252BytesAreNotUtf8() {
        byte[] bytes = {'Q', 'u', 'o', 't', 'e', 's', ' ', (byte) 0x93, 'h', 'i', (byte) 0x94, ' ', 'h', 'e', 'r', 'e',
                ' ', 'n', 'o', 'w', ' ', (byte) 0xE9};
        assertEquals("Quotes \u201chi\u201d here now \u00e9", parse(bytes).headline());
    }

    @Test
    void parse_treatsCrlfLikeLf() {
        Article article = parse("Harbour works finish early\r\n\r\nThe works ended.\r\n\r\nTraffic resumed.\r\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("Harbour works finish early", article.headline());
        assertEquals(2, article.paragraphs().size());
    }

    @Test
    void parse_givesSameResult_whetherAsciiTakesTheFastPathOrTheGeneralOne() {
        // Printable ASCII is decoded and checked from its bytes; behind a byte-order mark, or with CRLF line ends,
        // the same story is decoded by the JDK and its text read again.
        String story = "HARBOUR WORKS FINISH EARLY\n\nSALVADOR, Feb 26 - The works ended on Monday, a week\n"
                + "before the date set, officials  said.\n    Traffic resumed on the coast road.\nReuter\n";
        byte[] plain = story.getBytes(StandardCharsets.US_ASCII);
        ParseResult fast = parser.parse(plain, "story.txt");
        assertEquals(parser.parse(concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain), "story.txt"),
                fast);
        assertEquals(parser.parse(story.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII), "story.txt"),
                fast);
    }

    @Test
    void parse_givesSameResult_whetherLatin1TextIsReadAsUtf8OrUtf16() {
        // UTF-8 with no character above U+00FF takes its own decoder; UTF-16 the JDK's.
        String story = "Caf\u00e9 prices rise by \u00a35\n\nOwners of caf\u00e9s said on Monday the rise was fair.\n"
                + "\u00a9 Reuters\n";
        byte[] utf16 = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, story.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(parser.parse(utf16, "story.txt"), parser.parse(story.getBytes(StandardCharsets.UTF_8),
                "story.txt"));
    }

    @Test
    void parse_keepsUtf8_whenTextHoldsReplacementCharacter() {
        // A real U+FFFD in well-formed UTF-8 must not send the file to the Windows-1252 fallback.
        Article article = parse("Caf\u00e9 sign shows \uFFFD after upload\n\nThe owners said so on Monday.\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("Caf\u00e9 sign shows \uFFFD after upload", article.headline());
    }
}
