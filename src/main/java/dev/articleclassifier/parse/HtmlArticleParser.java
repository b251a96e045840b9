package dev.articleclassifier.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a news page saved from a web site. The headline comes from og:title, the first {@code <h1>} or the
 * {@code <title>}; the body from the element the page marks as the article ({@code itemprop=articleBody},
 * {@code <article>}) or else the block holding the most paragraph text. Scripts, navigation, headers, footers,
 * asides and forms are dropped first. Publication time and agency come from the page's metadata.
 */
final class HtmlArticleParser {

    private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, "
            + "iframe, svg, button, select, input, textarea, canvas, object, embed, figure figcaption, "
            + "[role=navigation], [aria-hidden=true], [hidden]";
    private static final String[] TIME_META = {"meta[property=article:published_time]", "meta[itemprop=datePublished]",
            "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]", "meta[name=DC.date.issued]",
            "meta[name=dcterms.created]", "meta[property=og:published_time]", "meta[name=sailthru.date]"};
    private static final String[] AGENCY_META = {"meta[property=og:site_name]", "meta[name=author]",
            "meta[property=article:author]", "meta[name=source]", "meta[name=application-name]"};

    private static final int MAX_BYLINES = 2;
    /** JSON-LD, which many news sites use for their metadata: {"datePublished": "2016-05-10T08:30:00Z", ...}. */
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");

    private HtmlArticleParser() {
    }

    static ArticleDraft parse(String html) {
        Document doc = Jsoup.parse(html);
        ArticleDraft draft = new ArticleDraft();
        draft.languageHint = languageOf(doc);
        draft.published = published(doc);
        draft.agency = agency(doc);
        draft.headline = headline(doc);
        draft.missingHeadline = "page has no og:title, h1 or title";
        doc.select(CHROME).remove();
        Element body = doc.body();
        if (body != null) {
            draft.paragraphs.addAll(HtmlBodyExtractor.paragraphs(body));
            if (draft.agency == null) {
                draft.agency = bylineAgency(body);
            }
            dropLeadingBylines(draft);
        }
        if (draft.published != null && draft.published.length() >= 4) {
            draft.contextYear = Integer.valueOf(draft.published.substring(0, 4));
        }
        return draft;
    }

    private static String headline(Document doc) {
        String og = doc.select("meta[property=og:title]").attr("content").strip();
        if (!og.isEmpty()) {
            return og;
        }
        Element h1 = doc.selectFirst("article h1, [itemprop=headline], h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text();
        }
        return withoutSiteSuffix(doc.title());
    }

    /** "Dam opens in Brazil | The Daily Courier" → "Dam opens in Brazil". */
    private static String withoutSiteSuffix(String title) {
        for (String separator : new String[]{" | ", " - ", " \u2013 ", " \u2014 "}) {
            int at = title.lastIndexOf(separator);
            if (at > 0 && title.length() - at < 40) {
                return title.substring(0, at).strip();
            }
        }
        return title.strip();
    }

    private static String published(Document doc) {
        for (String query : TIME_META) {
            Optional<String> date = PublishedDateParser.parseTimestamp(doc.select(query).attr("content"));
            if (date.isPresent()) {
                return date.get();
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find()) {
                Optional<String> date = PublishedDateParser.parseTimestamp(m.group(1));
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        for (Element e : doc.select("[itemprop=datePublished], time[datetime], time[pubdate]")) {
            String value = e.hasAttr("datetime") ? e.attr("datetime")
                    : e.hasAttr("content") ? e.attr("content") : e.text();
            Optional<String> date = PublishedDateParser.parseTimestamp(value);
            if (date.isPresent()) {
                return date.get();
            }
        }
        return null;
    }

    private static String agency(Document doc) {
        for (String query : AGENCY_META) {
            String value = doc.select(query).attr("content");
            Optional<String> agency = AgencyNames.canonical(value).or(() -> AgencyNames.findIn(value));
            if (agency.isPresent()) {
                return agency.get();
            }
        }
        return null;
    }

    /** Pages often print "By Jane Roe, Reuters" as the article's first paragraph; it is not story text. */
    private static void dropLeadingBylines(ArticleDraft draft) {
        for (int i = 0; i < MAX_BYLINES && !draft.paragraphs.isEmpty(); i++) {
            String first = draft.paragraphs.get(0);
            if (first.isEmpty() || !Bylines.isByline(first)) {
                return;
            }
            Bylines.read(first, draft);
            draft.paragraphs.remove(0);
        }
    }

    private static String bylineAgency(Element body) {
        Element byline = body.selectFirst("[class*=byline], [rel=author], [itemprop=author], .author, .source");
        return byline == null ? null : AgencyNames.findIn(byline.text()).orElse(null);
    }

    private static String languageOf(Document doc) {
        String lang = doc.select("html").attr("lang").strip();
        if (lang.length() < 2) {
            return null;
        }
        return lang.substring(0, 2).toLowerCase(Locale.ROOT);
    }
}
