package dev.articleclassifier.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article as a page describes it in its JSON-LD ({@code <script type="application/ld+json">}), the
 * schema.org structured data news sites publish for search engines: {@code NewsArticle} (or {@code Article},
 * {@code BlogPosting}, ...) with its {@code headline}, {@code author}, {@code publisher}, {@code datePublished},
 * {@code url} and sometimes the whole {@code articleBody}. Objects may sit at the top, in an array or in an
 * {@code @graph}. Scripts that are not valid JSON, too large or too deep are ignored.
 *
 * @param headline    the article's headline, or null
 * @param authors     the authors' names in order, possibly empty
 * @param publisher   the publisher's name, or null
 * @param published   the raw {@code datePublished}, or null
 * @param url         the article's URL, or null
 * @param articleBody the article text, or null
 */
record JsonLdArticle(String headline, List<String> authors, String publisher, String published, String url,
                     String articleBody) {

    static final JsonLdArticle NONE = new JsonLdArticle(null, List.of(), null, null, null, null);

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "blogposting", "socialmediaposting", "liveblogposting", "techarticle", "scholarlyarticle", "report",
            "webpage", "creativework");
    private static final int MAX_SCRIPT_CHARS = 1_000_000;
    private static final int MAX_NODES = 200;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build());

    /** The best-described article of the page's JSON-LD, or {@link #NONE}. */
    static JsonLdArticle of(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = script.data();
            if (data.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            try {
                collect(JSON.readTree(withoutCdata(data.strip())), objects);
            } catch (IOException | RuntimeException e) {
                // a page's broken structured data says nothing; the markup still does
            }
        }
        JsonNode best = null;
        int bestRank = 0;
        for (JsonNode object : objects) {
            int rank = rank(object);
            if (rank > bestRank) {
                best = object;
                bestRank = rank;
            }
        }
        return best == null ? NONE : read(best);
    }

    /** Pages written as XHTML wrap script text in a CDATA section, which is no part of the JSON. */
    private static String withoutCdata(String data) {
        String text = data;
        if (text.startsWith("//")) {
            int line = text.indexOf('\n');
            text = line < 0 ? "" : text.substring(line + 1).strip();
        }
        if (text.startsWith("<![CDATA[")) {
            text = text.substring("<![CDATA[".length());
            int end = text.lastIndexOf("]]>");
            text = end < 0 ? text : text.substring(0, end);
            if (text.strip().endsWith("//")) {
                text = text.substring(0, text.lastIndexOf("//"));
            }
        }
        return text;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null || out.size() >= MAX_NODES) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                collect(item, out);
            }
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out);
        }
    }

    /** News articles first, then other articles, then web pages; 0 for anything else. */
    private static int rank(JsonNode object) {
        int rank = 0;
        for (String type : types(object)) {
            if (ARTICLE_TYPES.contains(type)) {
                int r = type.endsWith("newsarticle") ? 4 : type.equals("webpage") || type.equals("creativework")
                        ? 1 : 3;
                rank = Math.max(rank, r);
            }
        }
        if (rank > 0 && object.hasNonNull("headline")) {
            rank++;
        }
        return rank;
    }

    private static List<String> types(JsonNode object) {
        List<String> types = new ArrayList<>();
        JsonNode type = object.get("@type");
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText().toLowerCase(Locale.ROOT)));
        } else if (type != null) {
            types.add(type.asText().toLowerCase(Locale.ROOT));
        }
        return types;
    }

    private static JsonLdArticle read(JsonNode article) {
        String headline = text(article.get("headline"));
        if (headline == null) {
            headline = text(article.get("name"));
        }
        String url = text(article.get("url"));
        if (url == null) {
            JsonNode page = article.get("mainEntityOfPage");
            url = page != null && page.isObject() ? text(page.get("@id")) : text(page);
        }
        return new JsonLdArticle(headline, names(article.get("author")), name(article.get("publisher")),
                text(article.get("datePublished")), url, text(article.get("articleBody")));
    }

    private static List<String> names(JsonNode author) {
        List<String> names = new ArrayList<>();
        if (author == null) {
            return names;
        }
        if (author.isArray()) {
            for (JsonNode one : author) {
                String name = name(one);
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
            }
        } else {
            String name = name(author);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            return text(node.get("name"));
        }
        if (node.isArray() && !node.isEmpty()) {
            return name(node.get(0));
        }
        return text(node);
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return null;
        }
        String text = Parser.unescapeEntities(node.asText(), false).strip();
        return text.isEmpty() ? null : text;
    }
}
