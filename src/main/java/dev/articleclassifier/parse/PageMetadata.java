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

    private static final String[] TIME_KEYS = {"article:published_time", "datepublished", "pubdate",
            "publishdate", "publish-date", "parsely-pub-date", "dc:date:issued", "dcterm:created", "dc:date",
            "date", "og:published_time", "sailthru.date", "dcterm:date"};
    private static final String[] AGENCY_KEYS = {"og:site_name", "author", "article:author", "source",
            "application-name"};
    private static final String[] AUTHOR_KEYS = {"dc:creator", "dcterm:creator", "author", "parsely-author",
            "article:author", "byl", "sailthru.author"};
    private static final String BYLINE_MARKUP = "[rel=author], [itemprop~=author], "
            + "[class~=(?i)(^|[\\s_-])(byline|author|by-author|writtenby)($|[\\s_-])], "
            + "[id~=(?i)(^|[\\s_-])(byline|author)($|[\\s_-])]";
    private static final int MAX_HEADINGS = 3;

    /** Reads the page's metadata; never throws on odd markup. */
    static PageMetadata read(Document doc) {
        JsonLdArticle ld = JsonLdArticle.of(doc);
        MetaTags meta = MetaTags.of(doc);
        String site = firstNonBlank(meta.first("og:site_name"), ld.publisher(), meta.first("application-name"));
        List<String> headings = headings(doc);
        String headline = PageTitle.choose(List.of(structuredHeadline(ld, meta, doc, headings),
                meta.first("dc:title", "dcterm:title", "og:title", "twitter:title", "parsely-title")),
                doc.title(), headings, site);
        String url = firstUrl(doc.select("link[rel=canonical]").attr("href"), meta.first("og:url"), ld.url());
        return new PageMetadata(headline, byline(doc, meta, ld), site, url, published(doc, meta, ld),
                agency(meta, ld), ld.articleBody());
    }

    /**
     * The JSON-LD headline, when the page agrees with it. Some sites fill {@code headline} with a summary
     * ("constitutional monarchy in Oceania" for the page titled "New Zealand"); a headline that neither the
     * browser title, the social title nor an {@code <h1>} contains is taken for one.
     */
    private static String structuredHeadline(JsonLdArticle ld, MetaTags meta, Document doc, List<String> headings) {
        String headline = ld.headline();
        if (headline == null) {
            return "";
        }
        String folded = ArticleFinisher.collapse(headline).toLowerCase(Locale.ROOT);
        List<String> others = new ArrayList<>(headings);
        others.add(doc.title());
        others.add(meta.first("og:title", "twitter:title"));
        boolean anyOther = false;
        for (String other : others) {
            String o = ArticleFinisher.collapse(other).toLowerCase(Locale.ROOT);
            anyOther |= !o.isEmpty();
            if (!o.isEmpty() && (o.contains(folded) || folded.contains(o))) {
                return headline;
            }
        }
        return anyOther ? "" : headline;
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

    private static String byline(Document doc, MetaTags meta, JsonLdArticle ld) {
        if (!ld.authors().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (String author : ld.authors()) {
                BylineNames.of(author).filter(n -> !names.contains(n)).ifPresent(names::add);
            }
            if (!names.isEmpty()) {
                return String.join(", ", names);
            }
        }
        for (String key : AUTHOR_KEYS) {
            Optional<String> names = BylineNames.of(meta.first(key));
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

    private static String published(Document doc, MetaTags meta, JsonLdArticle ld) {
        Optional<String> fromLd = PublishedDateParser.parseTimestamp(ld.published());
        if (fromLd.isPresent()) {
            return fromLd.get();
        }
        for (String key : TIME_KEYS) {
            Optional<String> date = PublishedDateParser.parseTimestamp(meta.first(key));
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
    private static String agency(MetaTags meta, JsonLdArticle ld) {
        for (String key : AGENCY_KEYS) {
            String value = meta.first(key);
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
