package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleFinisherTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'Rain  fell.'        | 'Rain fell.'",
            "' Rain fell. '       | 'Rain fell.'",
            "'Rain fell. '        | 'Rain fell.'",
            "'Rain\t\u00A0fell.'  | 'Rain fell.'",
            "'Rain fell. \u2028 '  | 'Rain fell.'",
            "'   '                | ''",
    })
    void collapse_leavesOneSpaceBetweenWords(String text, String expected) {
        assertEquals(expected, ArticleFinisher.collapse(text));
    }

    @Test
    void collapse_returnsTidyTextItself() {
        String tidy = "Rain fell on Monday.";
        assertSame(tidy, ArticleFinisher.collapse(tidy));
    }

    @Test
    void tidy_returnsSpacesOnlyText_itself_withoutTwoSpacesInARow() {
        String spaced = "Rain fell on Monday.";
        assertSame(spaced, ArticleFinisher.tidy(spaced, true));
    }

    @Test
    void tidy_collapsesSpacesOnlyText_withTwoSpacesInARow() {
        assertEquals("Rain fell on Monday.", ArticleFinisher.tidy("Rain  fell on   Monday.", true));
    }

    @Test
    void tidy_collapsesOtherWhitespace_whenTextIsNotSpacesOnly() {
        assertEquals("Rain fell on Monday.", ArticleFinisher.tidy("Rain\tfell on\u00A0Monday. ", false));
    }

    @Test
    void collapse_leavesOneSpaceBetweenWords_forRandomText() {
        Random random = new Random(11);
        String alphabet = "ab. \t\u00A0\u2028\u00E9\n";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(reference(text.toString()), ArticleFinisher.collapse(text.toString()), text::toString);
        }
    }

    /** Runs of whitespace or no-break spaces become one space; the ends are trimmed. */
    private static String reference(String text) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char c : text.toCharArray()) {
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
            } else {
                out.append(space ? " " : "").append(c);
                space = false;
            }
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource({"45, true", "46, false"})
    void finish_acceptsHeadline_ofUpToFortyFiveWords(int words, boolean accepted) {
        String headline = String.join(" ", Collections.nCopies(words, "a"));
        ArticleDraft draft = new ArticleDraft();
        draft.headline = headline;
        draft.paragraphs.add("Rain fell on Monday.");
        assertEquals(accepted, new ArticleFinisher(PlaceResolver.NONE).finish(draft).isAccepted(), headline);
    }

    @Test
    void finish_dropsParagraphs_thatTidyingLeavesEmpty() {
        ArticleDraft draft = new ArticleDraft();
        draft.headline = "Rain hits coast";
        draft.paragraphs.addAll(List.of(" \u00A0 ", "Rain  fell on Monday.", "\t", "Officials said so."));
        Article article = new ArticleFinisher(PlaceResolver.NONE).finish(draft).article();
        assertEquals(List.of("Rain fell on Monday.", "Officials said so."), article.paragraphs());
    }

    @Test
    void finish_tidiesWireParagraphs_whenLineSpacesWordsTwice() {
        // Problem: tidy wire paragraphs skip collapsing. Fix: a run of spaces inside a line still collapses.
        String text = "Rain hits coast\n\nRain  fell on Monday, officials said.\n";
        Article article = new ArticleFinisher(PlaceResolver.NONE).finish(WireTextParser.parse(text)).article();
        assertEquals(List.of("Rain fell on Monday, officials said."), article.paragraphs());
    }
}
