package dev.articleclassifier.parse;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a saved news page says about its article outside the story text: the headline, who wrote it, which site
 * published it, where it lived and when it was published. Each comes from the page's structured data (JSON-LD)
 * first, then its meta tags (Open Graph, Dublin Core, {@code name=author}), then its markup
 * ({@code rel=author}, byline elements, {@code <time>}). Read before the page's scripts are dropped, since
 * JSON-LD lives in a script.
 *
 * @param headline  the article's title without the site's name, or null
 * @param byline    the authors' names as printed, or null
 * @param site      the publisher or site name, or null
 * @param url       the page's canonical address (absolute http or https), or null
 * @param published ISO-8601 date or date-time, or null
 * @param agency    the news agency the page names as its source or site, or null
 * @param jsonLdBody the article text the page's structured data carries, or null
 */
record PageMetadata(String headline, String byline, String site, String url, String published, String agency,
                    String jsonLdBody) {

    private static final String[] TIME_META = {"meta[property=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=publish-date]", "meta[name=parsely-pub-date]", "meta[name=date]",
            "meta[name=DC.date.issued]", "meta[name=dc.date]", "meta[name=DC.date]", "meta[name=dcterms.created]",
            "meta[property=og:published_time]", "meta[name=sailthru.date]", "meta[property=og:updated_time]"};
    private static final String[] AGENCY_META = {"meta[property=og:site_name]", "meta[name=author]",
            "meta[property=article:author]", "meta[name=source]", "meta[name=application-name]"};
    private static final String[] AUTHOR_META = {"meta[name=dc.creator]", "meta[name=DC.creator]",
            "meta[name=dcterm:creator]", "meta[name=author]", "meta[name=parsely-author]", "meta[property=article:author]",
            "meta[name=byl]", "meta[name=sailthru.author]", "meta[property=author]"};
    private static final String BYLINE_MARKUP = "[rel=author], [itemprop~=author], "
            + "[class~=(?i)(^|[\\s_-])(byline|author|by-author|writtenby)($|[\\s_-])], "
            + "[id~=(?i)(^|[\\s_-])(byline|author)($|[\\s_-])]";
    private static final int MAX_HEADINGS = 3;

    /** Reads the page's metadata; never throws on odd markup. */
    static PageMetadata read(Document doc) {
        JsonLdArticle ld = JsonLdArticle.of(doc);
        String site = firstNonBlank(meta(doc, "meta[property=og:site_name]"), ld.publisher(),
                meta(doc, "meta[name=application-name]"));
        List<String> headings = headings(doc);
        String headline = PageTitle.choose(List.of(nonNull(ld.headline()), meta(doc, "meta[name=dc.title]"),
                        meta(doc, "meta[name=DC.title]"), meta(doc, "meta[property=og:title]"),
                        meta(doc, "meta[name=twitter:title]")), doc.title(), headings, site);
        String url = firstUrl(doc.select("link[rel=canonical]").attr("href"),
                meta(doc, "meta[property=og:url]"), ld.url());
        return new PageMetadata(headline, byline(doc, ld), site, url, published(doc, ld), agency(doc, ld),
                ld.articleBody());
    }

    private static List<String> headings(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element h1 : doc.select("h1")) {
            String text = h1.text().strip();
            if (!text.isEmpty() && out.size() < MAX_HEADINGS) {
                out.add(text);
            }
        }
        return out;
    }

    private static String byline(Document doc, JsonLdArticle ld) {
        if (!ld.authors().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (String author : ld.authors()) {
                BylineNames.of(author).filter(n -> !names.contains(n)).ifPresent(names::add);
            }
            if (!names.isEmpty()) {
                return String.join(", ", names);
            }
        }
        for (String query : AUTHOR_META) {
            Optional<String> names = BylineNames.of(meta(doc, query));
            if (names.isPresent()) {
                return names.get();
            }
        }
        for (Element e : doc.select(BYLINE_MARKUP)) {
            Optional<String> names = BylineNames.of(e.text());
            if (names.isPresent()) {
                return names.get();
            }
        }
        return null;
    }

    private static String published(Document doc, JsonLdArticle ld) {
        Optional<String> fromLd = PublishedDateParser.parseTimestamp(ld.published());
        if (fromLd.isPresent()) {
            return fromLd.get();
        }
        for (String query : TIME_META) {
            Optional<String> date = PublishedDateParser.parseTimestamp(meta(doc, query));
            if (date.isPresent()) {
                return date.get();
            }
        }
        for (Element e : doc.select("[itemprop=datePublished], time[datetime], time[pubdate]")) {
            String value = e.hasAttr("datetime") ? e.attr("datetime")
                    : e.hasAttr("content") ? e.attr("content") : e.text();
            Optional<String> date = PublishedDateParser.parseTimestamp(value)
                    .or(() -> PublishedDateParser.findIn(value));
            if (date.isPresent()) {
                return date.get();
            }
        }
        return null;
    }

    /** A page from a wire service's own site keeps that agency; so does a page whose author is one. */
    private static String agency(Document doc, JsonLdArticle ld) {
        for (String query : AGENCY_META) {
            String value = meta(doc, query);
            Optional<String> agency = AgencyNames.canonical(value).or(() -> AgencyNames.findIn(value));
            if (agency.isPresent()) {
                return agency.get();
            }
        }
        List<String> named = new ArrayList<>(ld.authors());
        named.add(nonNull(ld.publisher()));
        for (String value : named) {
            Optional<String> agency = AgencyNames.canonical(value).or(() -> AgencyNames.findIn(value));
            if (agency.isPresent()) {
                return agency.get();
            }
        }
        return null;
    }

    private static String firstUrl(String... candidates) {
        for (String candidate : candidates) {
            String url = candidate == null ? "" : candidate.strip();
            if (url.isEmpty() || url.length() > 2000) {
                continue;
            }
            try {
                URI uri = new URI(url);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    return url;
                }
            } catch (java.net.URISyntaxException e) {
                // not an address: try the next candidate
            }
        }
        return null;
    }

    private static String meta(Document doc, String query) {
        Element e = doc.selectFirst(query);
        return e == null ? "" : e.attr("content").strip();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return ArticleFinisher.collapse(value);
            }
        }
        return null;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
