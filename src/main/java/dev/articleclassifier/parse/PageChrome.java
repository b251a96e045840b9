package dev.articleclassifier.parse;

import java.util.Set;

/**
 * Recognises the page furniture that comes along when a story is copied out of a news site as text: ticker rows
 * of headlines separated by bullets, breadcrumbs ("You are here: Home"), section labels and button captions
 * ("Adjust font size:", "Print", "Share"). None of it is part of the story.
 */
final class PageChrome {

    private static final Set<String> LINES = Set.of("off the wire", "home", "menu", "advertisement", "share",
            "print", "email", "e-mail", "comments", "comment", "related", "related news", "related stories",
            "most popular", "most read", "top stories", "latest news", "breaking news", "skip to content",
            "follow us", "subscribe", "sign in", "log in", "login", "search", "back to top", "share this article",
            "tweet", "facebook", "twitter", "whatsapp", "linkedin", "close", "next", "previous", "more", "photos",
            "video", "read more", "font size", "adjust font size:", "adjust font size", "text size");
    private static final FoldedLabels LABELS = new FoldedLabels(LINES);
    private static final String[] PHRASES = {"Adjust font size:", "Adjust font size", "Font size:", "Text size:"};
    /** What every one of {@link #PHRASES} holds. */
    private static final String PHRASES_SHARE = "size";

    private PageChrome() {
    }

    /** Whether a whole line is page furniture rather than story text. */
    static boolean isChromeLine(String line) {
        return isChromeLine(line, 0, line.length(), true);
    }

    /**
     * Whether any line of {@code text} may be a ticker or breadcrumb row, told by its separators; one look at the
     * whole text spares a look at each line of the many stories that have none.
     */
    static boolean hasSeparators(String text) {
        return text.indexOf('\u2022') >= 0 || text.indexOf('|') >= 0 || text.indexOf('\u00BB') >= 0
                || text.indexOf('\u203A') >= 0;
    }

    /**
     * As {@link #isChromeLine(String)}, for the line {@code text[from, to)} of a text whose {@link #hasSeparators}
     * answer is {@code separators}. Works on the line's bounds: every line of a story is checked, and most are
     * story text.
     */
    static boolean isChromeLine(String text, int from, int to, boolean separators) {
        int start = Whitespace.skipLeading(text, from, to);
        int end = Whitespace.dropTrailing(text, start, to);
        return isTrimmedChromeLine(text, start, end, separators);
    }

    /**
     * As {@link #isChromeLine(String, int, int, boolean)}, for a line whose bounds already leave out the whitespace
     * at both ends, as {@link TextLines} finds them: every line of a story is asked, and trimming it again would
     * read its edges twice.
     */
    static boolean isTrimmedChromeLine(String text, int start, int end, boolean separators) {
        if (start == end) {
            return false;
        }
        if (LABELS.contains(text, start, end)) {
            return true;
        }
        if (isBreadcrumb(text, start, end)) {
            return true;
        }
        return separators && isTickerRow(text, start, end);
    }

    /**
     * Whether the line {@code text[start, end)} opens with a breadcrumb, in any case. Only 'Y', 'H' and non-ASCII
     * characters can match a phrase's first letter case-insensitively, and only 'O' and non-ASCII ones its second,
     * so other lines, "He said" and "Year" among them, are not compared at all.
     */
    private static boolean isBreadcrumb(String text, int start, int end) {
        char first = text.charAt(start);
        if ((first | 0x20) != 'y' && (first | 0x20) != 'h' && first < 0x80) {
            return false;
        }
        if (end - start < 2) {
            return false;
        }
        char second = text.charAt(start + 1);
        if ((second | 0x20) != 'o' && second < 0x80) {
            return false;
        }
        return opensWith(text, start, end, "You are here") || opensWith(text, start, end, "Home >")
                || opensWith(text, start, end, "Home \u00BB");
    }

    private static boolean opensWith(String text, int start, int end, String phrase) {
        return end - start >= phrase.length() && text.regionMatches(true, start, phrase, 0, phrase.length());
    }

    /** Whether the line holds two or more of one of the separators that divide ticker and breadcrumb rows. */
    private static boolean isTickerRow(String text, int start, int end) {
        int bullets = 0;
        int bars = 0;
        int guillemets = 0;
        int angleQuotes = 0;
        for (int i = start; i < end; i++) {
            switch (text.charAt(i)) {
                case '\u2022' -> bullets++;
                case '|' -> bars++;
                case '\u00BB' -> guillemets++;
                case '\u203A' -> angleQuotes++;
                default -> {
                }
            }
        }
        return bullets >= 2 || bars >= 2 || guillemets >= 2 || angleQuotes >= 2;
    }

    /** The line with button captions such as "Adjust font size:" cut out. */
    static String withoutPhrases(String line) {
        // every caption names the size: one search tells most lines, whole story paragraphs among them, apart
        if (line.indexOf(PHRASES_SHARE) < 0) {
            return line;
        }
        String out = line;
        for (String phrase : PHRASES) {
            int at = out.indexOf(phrase);
            if (at >= 0) {
                out = (out.substring(0, at) + out.substring(at + phrase.length())).strip();
            }
        }
        return out;
    }
}
