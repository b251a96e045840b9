package dev.articleclassifier.parse;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a news page saved from a web site. What the page says about its article (headline, byline, site, address,
 * publication time, agency) comes from {@link PageMetadata}; the story itself from {@link HtmlBodyExtractor},
 * once scripts, navigation, headers, footers, asides and hidden elements are dropped.
 */
final class HtmlArticleParser {

    private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, "
            + "iframe, svg, button, select, input, textarea, canvas, object, embed, figure figcaption, "
            + "[role=navigation], [aria-hidden=true], [hidden]";
    private static final int MAX_BYLINES = 2;

    private HtmlArticleParser() {
    }

    static ArticleDraft parse(String html) {
        Document doc = Jsoup.parse(html);
        PageMetadata meta = PageMetadata.read(doc);
        ArticleDraft draft = new ArticleDraft();
        draft.languageHint = languageOf(doc);
        draft.published = meta.published();
        draft.agency = meta.agency();
        draft.headline = meta.headline();
        draft.byline = meta.byline();
        draft.site = meta.site();
        draft.url = meta.url();
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
