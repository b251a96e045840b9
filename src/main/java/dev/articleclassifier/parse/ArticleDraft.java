package dev.articleclassifier.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * What a format-specific parser (wire text, HTML, NITF) found before the common clean-up: the dateline and
 * trailers are worked out afterwards by {@link ArticleFinisher}, the same way for every format. The language is
 * only what the document declares ({@link #languageHint}); the classifier detects it.
 */
final class ArticleDraft {
    String headline;
    String agency;
    String published;
    /** A year the document mentions (byline, copyright, NITF date), to complete a dateline's "Dec. 24". */
    Integer contextYear;
    Dateline dateline;
    String languageHint;
    /** The authors' names as printed, without "By" and dates. */
    String byline;
    /** A web page's site or publisher name. */
    String site;
    /** A web page's canonical address. */
    String url;
    /** Why no headline was found, for the rejection; only read when {@link #headline} stays empty. */
    String missingHeadline = "nothing but page furniture";
    final List<String> paragraphs = new ArrayList<>();
    /**
     * Set by a parser that knows its headline and paragraphs are trimmed and hold no whitespace but ' ': then one
     * of them needs tidying only where it holds two spaces in a row, which the finisher tells by a search rather
     * than by reading it character by character, and only such a one is rebuilt.
     */
    boolean spacesOnly;

    /** Sets the agency unless one is already known: earlier sources (byline, metadata) are more specific. */
    void agencyIfUnknown(String candidate) {
        if (agency == null && candidate != null) {
            agency = candidate;
        }
    }

    void bylineIfUnknown(String candidate) {
        if (byline == null && candidate != null) {
            byline = candidate;
        }
    }

    void publishedIfUnknown(String candidate) {
        if (published == null && candidate != null) {
            published = candidate;
        }
    }

    /** Characters of body text so far: what the {@link ParseBudget} bounds. */
    long bodyChars() {
        long chars = 0;
        for (String paragraph : paragraphs) {
            chars += paragraph.length();
        }
        return chars;
    }
}
