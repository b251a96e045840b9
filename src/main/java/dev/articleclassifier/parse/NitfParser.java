package dev.articleclassifier.parse;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads IPTC NITF, the XML format agencies deliver stories in: {@code hedline/hl1} is the headline,
 * {@code byline}, {@code dateline} and {@code doc.copyright holder} name the agency and place,
 * {@code date.issue norm="20151224T..."} dates it, and the {@code <p>} elements of {@code body.content} are the
 * body. The XML first goes through {@link SafeXml}, so no DTD is fetched and no external entity is expanded.
 */
final class NitfParser {

    private NitfParser() {
    }

    static ArticleDraft parse(String xml) {
        String normalised = SafeXml.rewrite(xml);
        Document doc = Jsoup.parse(normalised, "", Parser.xmlParser());
        ArticleDraft draft = new ArticleDraft();
        draft.headline = text(doc.selectFirst("hedline > hl1"));
        if (draft.headline == null) {
            draft.headline = text(doc.selectFirst("head > title"));
        }
        draft.missingHeadline = "NITF file has no hedline/hl1 or title";
        String byline = text(doc.selectFirst("byline"));
        String person = text(doc.selectFirst("byline person"));
        draft.byline = BylineNames.of(person != null ? person : bylineWithoutTitle(doc)).orElse(null);
        draft.agencyIfUnknown(AgencyNames.findIn(byline).orElse(null));
        draft.agencyIfUnknown(AgencyNames.findIn(attr(doc, "doc.copyright", "holder")).orElse(null));
        draft.agencyIfUnknown(AgencyNames.findIn(text(doc.selectFirst("distributor"))).orElse(null));
        for (String tag : new String[]{"date.issue", "story.date", "date.release"}) {
            String norm = attr(doc, tag, "norm");
            draft.publishedIfUnknown(PublishedDateParser.parseTimestamp(norm).orElse(null));
        }
        if (draft.published != null) {
            draft.contextYear = Integer.valueOf(draft.published.substring(0, 4));
        } else {
            draft.contextYear = PublishedDateParser.findYear(attr(doc, "doc.copyright", "year")).orElse(null);
        }
        draft.dateline = dateline(doc);
        for (Element p : OutermostBlocks.of(doc.getElementsByTag("body.content").select("p"))) {
            String text = p.text().strip();
            if (!text.isEmpty()) {
                draft.paragraphs.add(text);
            }
        }
        String lang = doc.select("nitf").attr("xml:lang");
        draft.languageHint = lang.length() >= 2 ? lang.substring(0, 2).toLowerCase(Locale.ROOT) : null;
        return draft;
    }

    /** The byline's text less its {@code <byttl>}, the writer's title ("AP Science Writer"). */
    private static String bylineWithoutTitle(Document doc) {
        Element byline = doc.selectFirst("byline");
        if (byline == null) {
            return null;
        }
        Element copy = byline.clone();
        copy.select("byttl").remove();
        return text(copy);
    }

    private static Dateline dateline(Document doc) {
        String city = text(doc.selectFirst("dateline location city, dateline city"));
        if (city == null) {
            String line = text(doc.selectFirst("dateline"));
            if (line == null) {
                return null;
            }
            int comma = line.indexOf(',');
            city = (comma > 0 ? line.substring(0, comma) : line).strip();
        }
        return city.isEmpty() ? null : new Dateline(DatelineParser.titleCase(city), null);
    }

    private static String attr(Document doc, String tag, String attribute) {
        return doc.getElementsByTag(tag).attr(attribute);
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String text = e.text().strip();
        return text.isEmpty() ? null : text;
    }
}
