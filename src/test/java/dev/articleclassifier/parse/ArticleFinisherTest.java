package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
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
    void finish_tidiesWireParagraphs_whenLineSpacesWordsTwice() {
        // Problem: tidy wire paragraphs skip collapsing. Fix: a run of spaces inside a line still collapses.
        String text = "Rain hits coast\n\nRain  fell on Monday, officials said.\n";
        Article article = new ArticleFinisher(PlaceResolver.NONE).finish(WireTextParser.parse(text)).article();
        assertEquals(List.of("Rain fell on Monday, officials said."), article.paragraphs());
    }
}
