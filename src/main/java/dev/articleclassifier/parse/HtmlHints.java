package dev.articleclassifier.parse;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a page's own class and id names say about an element. Sites name their containers for what they hold:
 * "article-body", "story-content" and "entry" hold the story; "sidebar", "comments", "related" and "share" hold
 * everything else. Extractors of every kind read these names; here they adjust an element's score and mark the
 * containers that are almost never the story.
 */
final class HtmlHints {

    /** Class or id names of containers that hold the story. */
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story", Pattern.CASE_INSENSITIVE);
    /** Class or id names of containers that hold anything but the story. */
    private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|"
            + "comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|"
            + "sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|subscribe|recommend|popular|trending",
            Pattern.CASE_INSENSITIVE);
    /** Containers so unlikely to be the story that they are left out before anything is scored. */
    private static final Pattern UNLIKELY = Pattern.compile("-ad-|ai2html|banner|breadcrumb|combx|comment|"
            + "community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|"
            + "shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|"
            + "yom-remote|newsletter|cookie|consent|paywall|outbrain|taboola|recirc|most-read|mostread",
            Pattern.CASE_INSENSITIVE);
    /** Names that save a container from {@link #UNLIKELY}: "main-header-and-article" may still be the story. */
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("byline|author|writtenby|p-author|contributor",
            Pattern.CASE_INSENSITIVE);

    static final int CLASS_WEIGHT = 25;

    private HtmlHints() {
    }

    /** +25 for each of class and id that names story content, -25 for each that names something else. */
    static int classWeight(Element e) {
        return weightOf(e.className()) + weightOf(e.id());
    }

    private static int weightOf(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        int weight = 0;
        if (NEGATIVE.matcher(name).find()) {
            weight -= CLASS_WEIGHT;
        }
        if (POSITIVE.matcher(name).find()) {
            weight += CLASS_WEIGHT;
        }
        return weight;
    }

    /** Whether the element's names, or its role, mark it as page furniture rather than the story's container. */
    static boolean isUnlikely(Element e) {
        String role = e.attr("role");
        if (role.equals("complementary") || role.equals("navigation") || role.equals("banner")
                || role.equals("contentinfo") || role.equals("dialog") || role.equals("alertdialog")) {
            return true;
        }
        String names = e.className() + " " + e.id();
        if (names.length() < 2) {
            return false;
        }
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("a") || tag.equals("html") || tag.equals("article")
                || tag.equals("main")) {
            return false;
        }
        return UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find();
    }

    /** Whether the element's names mark it as the story's byline. */
    static boolean namesByline(Element e) {
        String names = e.className() + " " + e.id() + " " + e.attr("itemprop");
        return names.length() > 2 && BYLINE.matcher(names).find();
    }
}
