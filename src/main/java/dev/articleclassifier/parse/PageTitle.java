package dev.articleclassifier.parse;

import java.util.List;
import java.util.Locale;

/**
 * The article's own title on a page. Pages give it several times: in their structured data (JSON-LD
 * {@code headline}), in the social-card tags ({@code og:title}, {@code twitter:title}), in the {@code <title>}
 * that browsers show, and as the {@code <h1>} above the story. The browser title usually carries the site's
 * name ("Dam opens in Brazil | World News | The Daily Courier"), and sometimes so do the social tags; that
 * suffix (or prefix) is not part of the headline and is cut when it names the site, or when the rest is what
 * the page prints as its {@code <h1>}.
 */
final class PageTitle {

    private static final String[] SEPARATORS = {" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00BB ", " / ",
            " \u00B7 ", " \u2022 ", " > "};
    private static final int MIN_WORDS = 3;
    private static final int MAX_SUFFIX_WORDS = 4;
    /** A one-word {@code <h1>} is more often the site's logo than the story's title. */
    private static final int MIN_HEADING_WORDS = 2;

    private PageTitle() {
    }

    /**
     * @param declared the titles the page declares, best first (structured data, social tags); nulls allowed
     * @param browser  the {@code <title>}
     * @param headings the page's {@code <h1>} texts, in order
     * @param site     the site's name, or null
     */
    static String choose(List<String> declared, String browser, List<String> headings, String site) {
        for (String title : declared) {
            if (title != null && !title.isBlank()) {
                return withoutSite(ArticleFinisher.collapse(title), headings, site);
            }
        }
        String title = browser == null ? "" : ArticleFinisher.collapse(browser);
        if (!title.isEmpty()) {
            String bare = withoutSite(title, headings, site);
            return bare.equals(title) ? withoutLastPart(title) : bare;
        }
        return headings.isEmpty() ? null : headings.get(0);
    }

    /** The title without a site name before or after a separator. */
    static String withoutSite(String title, List<String> headings, String site) {
        String folded = fold(title);
        for (String heading : headings) {
            String h = fold(heading);
            if (h.equals(folded)) {
                return title;
            }
        }
        for (String heading : headings) {
            String h = fold(heading);
            if (Whitespace.countWords(h) >= MIN_HEADING_WORDS && folded.startsWith(h)
                    && startsSeparator(folded, h.length())) {
                return title.substring(0, heading.strip().length()).strip();
            }
        }
        for (String separator : SEPARATORS) {
            int last = title.lastIndexOf(separator);
            if (last > 0 && namesSite(title.substring(last + separator.length()), site)) {
                return withoutSite(title.substring(0, last).strip(), headings, site);
            }
            int first = title.indexOf(separator);
            if (first > 0 && isSite(title.substring(0, first), site)) {
                return title.substring(first + separator.length()).strip();
            }
        }
        return title;
    }

    /**
     * A browser title with no site name to recognise: "Dam opens in Brazil - Daily Courier" loses its last part
     * when what stays still reads as a headline (three words or more) and the part is short.
     */
    private static String withoutLastPart(String title) {
        for (String separator : SEPARATORS) {
            int last = title.lastIndexOf(separator);
            if (last > 0) {
                String rest = title.substring(0, last).strip();
                String part = title.substring(last + separator.length());
                if (Whitespace.countWords(rest) >= MIN_WORDS && Whitespace.countWords(part) <= MAX_SUFFIX_WORDS) {
                    return rest;
                }
            }
        }
        return title;
    }

    private static boolean startsSeparator(String title, int at) {
        if (at >= title.length()) {
            return true;
        }
        for (String separator : SEPARATORS) {
            if (title.startsWith(separator, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesSite(String part, String site) {
        if (site == null || site.isBlank()) {
            return false;
        }
        String p = fold(part);
        String s = fold(site);
        return !p.isEmpty() && (p.equals(s) || p.contains(s) || s.contains(p) && p.length() >= 3);
    }

    /** Whether a title's opening part is the site's name itself (a prefix "Site | Headline"). */
    private static boolean isSite(String part, String site) {
        if (site == null || site.isBlank()) {
            return false;
        }
        String p = fold(part);
        String s = fold(site);
        return !p.isEmpty() && (p.equals(s) || s.contains(p) && p.length() >= 3);
    }

    private static String fold(String text) {
        return ArticleFinisher.collapse(text).toLowerCase(Locale.ROOT);
    }
}
