package dev.articleclassifier.parse;

import java.util.List;

/**
 * One news article as the parser recovered it from whatever the desk dropped (wire text, a saved web page, NITF).
 *
 * @param headline   the story's headline, never blank
 * @param agency     the news agency that filed it (Xinhua, Reuters, AP, AFP, ...), or {@code null} when unknown
 * @param published  ISO-8601 date ({@code 2015-12-24}) or date-time when known, otherwise {@code null}
 * @param dateline   the dateline opening the body, or {@code null} when the story has none
 * @param paragraphs the body as clean paragraphs: no page chrome, no ticker, no trailer such as "End" or "(END)"
 * @param language   ISO 639-1 code of the text's language ("en"), or "und" when undetermined. As the parser
 *                   returns it, the language the page or NITF document declares, or {@code null}; the classifier,
 *                   which reads every word anyway, then sets the language it detects (the declared one when the
 *                   words do not tell)
 * @param byline     the authors' names as printed ("Jane Roe and John Doe", without "By" or a date), or
 *                   {@code null} when the document names none
 * @param site       for a web page, the publisher or site that printed it ("The Daily Courier"), else {@code null}
 * @param url        for a web page, the address it lived at (its canonical URL), else {@code null}
 */
public record Article(String headline, String agency, String published, Dateline dateline,
                      List<String> paragraphs, String language, String byline, String site, String url) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    /** An article that names no author, site or address, as wire copy often does. */
    public Article(String headline, String agency, String published, Dateline dateline, List<String> paragraphs,
                   String language) {
        this(headline, agency, published, dateline, paragraphs, language, null, null, null);
    }

    /** This article with its language set (as detected, or as declared when the words do not tell). */
    public Article withLanguage(String code) {
        return new Article(headline, agency, published, dateline, paragraphs, code, byline, site, url);
    }

    /** The body as one string, paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }

    /** Number of whitespace-separated words in the body. */
    public int wordCount() {
        int words = 0;
        for (String paragraph : paragraphs) {
            words += Whitespace.countWords(paragraph);
        }
        return words;
    }

    /** Whether the text is English, the only language the bundled rules are written for. */
    public boolean isEnglish() {
        return "en".equals(language);
    }
}
