package dev.articleclassifier.parse;

import java.util.Locale;
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
    private static final String[] PHRASES = {"Adjust font size:", "Adjust font size", "Font size:", "Text size:"};
    private static final int MAX_LABEL = 40;

    private PageChrome() {
    }

    /** Whether a whole line is page furniture rather than story text. */
    static boolean isChromeLine(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        if (s.length() <= MAX_LABEL && LINES.contains(s.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (s.regionMatches(true, 0, "You are here", 0, 12) || s.regionMatches(true, 0, "Home >", 0, 6)
                || s.regionMatches(true, 0, "Home »", 0, 6)) {
            return true;
        }
        return count(s, '\u2022') >= 2 || count(s, '|') >= 2 || count(s, '\u00BB') >= 2 || count(s, '\u203A') >= 2;
    }

    /** The line with button captions such as "Adjust font size:" cut out. */
    static String withoutPhrases(String line) {
        String out = line;
        for (String phrase : PHRASES) {
            int at = out.indexOf(phrase);
            if (at >= 0) {
                out = (out.substring(0, at) + out.substring(at + phrase.length())).strip();
            }
        }
        return out;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
            n++;
        }
        return n;
    }
}
