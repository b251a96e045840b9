package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articleclassifier.parse.FormatDetector.Format;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "<NITF><head></head></NITF>                  | story.xml  | NITF",
            "  <!DOCTYPE HTML><p>Text                    | story.txt  | HTML",
            "<?xml version='1.0'?><story/>               | story.xml  | HTML",
            "Headline then <DIV> in the text             | story.html | HTML",
            "Headline then <DIV> in the text             | story.txt  | TEXT",
            "Wire copy with no markup at all             | story.html | TEXT",
            // dotless i upper-cases to I, but lower-cased text never holds "<title"
            "<t\u0131tle>Not a title tag                 | story.html | TEXT",
            // wire copy tags companies; only a tag that is a marker makes markup
            "Shares of <GM> and <BODY SHOP> rose          | story.html | HTML",
            "Shares of <GM> and <BP> rose                 | story.html | TEXT",
            "Shares of <GM> and <BP> rose <              | story.html | TEXT",
            "<P>Paragraph                                 | story.txt  | HTML",
            "Shares of <BP> and <NITF> rose               | story.txt  | NITF",
    })
    void detect_readsMarkupCaseInsensitively(String text, String fileName, Format expected) {
        assertEquals(expected, FormatDetector.detect(text.strip(), fileName));
    }
}
