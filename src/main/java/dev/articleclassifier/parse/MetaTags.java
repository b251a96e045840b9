package dev.articleclassifier.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags by key. Pages write the same tag several ways: Open Graph as
 * {@code property="og:title"} (or, wrongly, {@code name="og:title"}), Dublin Core as {@code name="DC.title"} or
 * {@code property="dc:title"}, several keys in one attribute ({@code property="og:title twitter:title"}). Keys
 * are kept in lower case with Dublin Core's "." read as ":"; a {@code property} wins over a {@code name}, and the
 * first tag of a key over later ones.
 */
final class MetaTags {

    private static final int MAX_TAGS = 2_000;

    private final Map<String, String> content = new HashMap<>();

    private MetaTags() {
    }

    static MetaTags of(Document doc) {
        MetaTags tags = new MetaTags();
        int seen = 0;
        for (Element meta : doc.select("meta[content]")) {
            if (++seen > MAX_TAGS) {
                break;
            }
            String value = meta.attr("content").strip();
            if (!value.isEmpty()) {
                tags.add(meta.attr("property"), value, true);
                tags.add(meta.attr("name"), value, false);
                tags.add(meta.attr("itemprop"), value, false);
            }
        }
        return tags;
    }

    private void add(String keys, String value, boolean wins) {
        for (String key : keys.strip().split("\\s+")) {
            if (key.isEmpty()) {
                continue;
            }
            String normal = key.toLowerCase(Locale.ROOT).replace("dcterms.", "dcterm:").replace("dcterms:", "dcterm:")
                    .replace("dc.", "dc:");
            if (wins) {
                content.putIfAbsent("!" + normal, value);
            }
            content.putIfAbsent(normal, value);
        }
    }

    /** The content of the first tag with one of {@code keys} (lower case, Dublin Core with ":"), else "". */
    String first(String... keys) {
        for (String key : keys) {
            String value = content.get("!" + key);
            if (value == null) {
                value = content.get(key);
            }
            if (value != null) {
                return value;
            }
        }
        return "";
    }
}
