package dev.articleclassifier.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Structure-aware generators for the fuzz suite: wire copy, HTML pages and NITF files built from the parts the
 * parser looks for (headlines, datelines, agencies, metadata, nested markup, entities, prologs), encoded the ways
 * desks save them, and sometimes cut short or corrupted; rules files from well-shaped to nested past the limit.
 * Words come from a fixed vocabulary, so a word in the output that the input does not hold is a bug, not chance.
 * Every generator draws from the given {@link Random}, so a seed reproduces a case.
 */
final class FuzzInputs {

    /** A generated document: its text, the bytes that were uploaded, and the file name they came under. */
    record Document(String text, byte[] bytes, String fileName, boolean intact) {
        @Override
        public String toString() {
            return fileName + " (" + bytes.length + " bytes): "
                    + text.substring(0, Math.min(300, text.length())).replace('\n', '|');
        }
    }

    private static final List<String> WORDS = List.of("Geneva", "talks", "minister", "said", "on", "Tuesday",
            "Moscow", "election", "bomb", "attack", "rates", "the", "of", "a", "in", "Reuters", "Xinhua", "AP", "AFP",
            "flood", "quake", "Paris", "market", "price", "bank", "president", "China", "Russia", "France", "Turkey",
            "IS", "militant", "vaccine", "virus", "goal", "match", "film", "dollar", "U.S.", "Kenya", "Brazil",
            "caf\u00e9", "S\u00e3o", "Paulo", "\u5317\u4eac", "Jordan", "Georgia", "war", "peace", "police", "court",
            "storm", "--", "(", ")", ",", ".", "\"", "'", "&", "<", ">", ";", "\u00a0", "\t", "\n");
    private static final List<String> DATELINES = List.of("MOSCOW, Dec. 24 (Xinhua) -- ", "GENEVA (Reuters) - ",
            "NAIROBI, Kenya (AP) \u2014 ", "PARIS, 3 mars (AFP) - ", "WASHINGTON -- ", "");
    private static final List<String> TRAILERS = List.of("", "\n\n(Reporting by Jane Roe; Editing by Tom Poe)",
            "\n\nEnd Item", "\n\n");
    private static final List<String> HTML_TAGS = List.of("div", "p", "span", "table", "tr", "td", "article",
            "section", "b", "i", "a", "ul", "li", "h1", "h2", "nav", "aside", "footer", "script", "style", "font",
            "blockquote", "pre", "form", "figure", "figcaption", "svg", "br", "img", "template", "select", "option",
            "title", "textarea");
    private static final List<String> ATTRIBUTES = List.of("", "", " class=\"article-body\"",
            " itemprop=\"articleBody\"", " class=byline", " aria-hidden=true", " role=\"navigation\"",
            " title='a>b'", " data-x=\"<p>\"");
    private static final List<String> HTML_HEADS = List.of("", "<meta property=\"og:title\" content=\"Talks in Geneva\">",
            "<meta property=\"article:published_time\" content=\"2016-05-10T08:30:00Z\">",
            "<meta name=\"author\" content=\"Reuters\">", "<meta charset=\"windows-1252\">",
            "<script type=\"application/ld+json\">{\"datePublished\": \"2015-12-24\"}</script>");
    private static final List<String> ENTITIES = List.of("&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&eacute;",
            "&#233;", "&#x2014;", "&bogus;", "&", "&#0;", "&#99999999;", "<!-- c -->", "<![CDATA[x]]>");
    private static final List<String> NITF_PROLOGS = List.of("", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
            "<?xml version=\"1.0\"?>\n<!-- " + "Copyright notice. ".repeat(150) + "-->\n",
            "<!DOCTYPE nitf [<!ENTITY agency \"Reuters\"> " + "<!ENTITY e \"x\">".repeat(200) + "]>\n",
            "<!DOCTYPE nitf SYSTEM \"http://127.0.0.1:1/nitf.dtd\">\n",
            "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                    + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n",
            "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>\n");
    private static final List<String> NITF_HEADS = List.of("", "<byline>By Jane Roe, Reuters</byline>",
            "<dateline><location><city>Moscow</city></location></dateline>", "<byline>&agency;</byline>",
            "<byline>&c;</byline>", "<byline>&xxe;</byline>", "<distributor>Xinhua</distributor>");
    private static final List<String> NITF_DATES = List.of("", "<date.issue norm=\"20151224T081500Z\"/>",
            "<date.issue norm=\"bogus\"/>", "<doc.copyright year=\"1987\" holder=\"AP\"/>");
    private static final List<String> ENCODINGS = List.of("UTF-8", "UTF-8-BOM", "UTF-16", "windows-1252");

    private FuzzInputs() {
    }

    /** Any generated document: wire text, HTML or NITF, encoded, and at times damaged or plain noise. */
    static Document document(Random random) {
        int kind = random.nextInt(14);
        if (kind < 3) {
            return encoded(random, wireText(random), "story.txt");
        } else if (kind < 6) {
            return encoded(random, html(random), "page.html");
        } else if (kind < 8) {
            return encoded(random, html(random), "page.txt");
        } else if (kind < 11) {
            return encoded(random, nitf(random), "feed.xml");
        } else if (kind < 13) {
            String text = switch (random.nextInt(3)) {
                case 0 -> wireText(random);
                case 1 -> html(random);
                default -> nitf(random);
            };
            return new Document(text, damage(random, text.getBytes(StandardCharsets.UTF_8)),
                    random.nextBoolean() ? "damaged.html" : "damaged.xml", false);
        }
        byte[] noise = new byte[random.nextInt(3000)];
        random.nextBytes(noise);
        return new Document("", noise, "blob.bin", false);
    }

    static String wireText(Random random) {
        StringBuilder text = new StringBuilder(words(random, 0, 14)).append("\n\n").append(pick(random, DATELINES));
        int paragraphs = random.nextInt(12);
        for (int i = 0; i < paragraphs; i++) {
            text.append(i > 0 ? "\n\n" : "").append(words(random, 0, 60));
        }
        text.append(pick(random, TRAILERS));
        return text.toString().replace("\n", pick(random, List.of("\n", "\r\n", "\n\n\n")));
    }

    static String html(Random random) {
        StringBuilder page = new StringBuilder(random.nextBoolean() ? "<!DOCTYPE html>\n" : "")
                .append("<html><head><title>").append(words(random, 0, 10)).append("</title>")
                .append(pick(random, HTML_HEADS)).append("</head><body>");
        int maxDepth = random.nextInt(10) == 0 ? 90 : 12;
        markup(random, page, 0, maxDepth);
        return page.append("</body></html>").toString();
    }

    /**
     * Nested markup; one page in ten nests up to 90 levels, past the depth limit. Siblings are apart by a space,
     * as in written pages: adjacent inline elements ({@code <b>a</b><i>b</i>}) read as one word, in a browser too.
     */
    private static void markup(Random random, StringBuilder out, int depth, int maxDepth) {
        int children = depth < 3 ? 1 + random.nextInt(6) : random.nextInt(depth < maxDepth ? 3 : 1);
        for (int i = 0; i < children; i++) {
            out.append(i > 0 ? " " : "");
            if (depth >= maxDepth || random.nextInt(5) < 2) {
                out.append(random.nextInt(6) == 0 ? pick(random, ENTITIES) : words(random, 0, 25));
                continue;
            }
            String tag = pick(random, HTML_TAGS);
            out.append('<').append(tag).append(pick(random, ATTRIBUTES)).append('>');
            markup(random, out, depth + 1, maxDepth);
            if (random.nextInt(4) > 0) {
                out.append("</").append(tag).append('>');
            }
        }
    }

    static String nitf(Random random) {
        String headline = words(random, 0, 12);
        StringBuilder xml = new StringBuilder(pick(random, NITF_PROLOGS)).append("<nitf><head><title>")
                .append(headline).append("</title>").append(pick(random, NITF_DATES))
                .append("</head><body><body.head><hedline><hl1>").append(headline).append("</hl1></hedline>")
                .append(pick(random, NITF_HEADS)).append("</body.head><body.content>");
        int maxDepth = random.nextInt(10) == 0 ? 90 : 4;
        int paragraphs = random.nextInt(8);
        for (int i = 0; i < paragraphs; i++) {
            nitfParagraph(random, xml, 0, maxDepth);
        }
        return xml.append("</body.content></body></nitf>").toString();
    }

    private static void nitfParagraph(Random random, StringBuilder out, int depth, int maxDepth) {
        out.append("<p>").append(words(random, 0, 30));
        if (depth < maxDepth && random.nextInt(3) > 0) {
            nitfParagraph(random, out, depth + 1, maxDepth);
        }
        out.append("</p>");
    }

    /** A rules file: well-shaped rules with random terms, any JSON-like value, or nesting past the reader's limit. */
    static String rules(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> shapedRules(random);
            case 1 -> json(random, 0);
            default -> {
                int depth = 60 + random.nextInt(5000);
                yield "{\"topics\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
            }
        };
    }

    private static String shapedRules(Random random) {
        StringBuilder rules = new StringBuilder("// rules\n{\"version\": \"f\", \"topics\": [");
        int topics = random.nextInt(4);
        for (int t = 0; t < topics; t++) {
            rules.append(t > 0 ? ",\n" : "").append("{\"id\": \"")
                    .append(pick(random, List.of("terrorism", "sport", "x", "", "economy")))
                    .append("\", \"label\": \"L\", \"iptc\": \"medtop:1\", \"terms\": {");
            int terms = random.nextInt(6);
            for (int i = 0; i < terms; i++) {
                rules.append(i > 0 ? ", " : "").append('"').append(words(random, 1, 3).replace("\"", ""))
                        .append("\": {\"weight\": ").append(random.nextInt(160) - 5)
                        .append(pick(random, List.of("", ", \"case\": \"exact\"", ", \"context\": [\"militant\"]",
                                ", \"case\": 3"))).append('}');
            }
            rules.append("}}");
        }
        return rules.append("]}").toString();
    }

    private static String json(Random random, int depth) {
        List<String> scalars = List.of("1", "-2.5e3", "true", "null", "\"s\"", "\"\\u00e9\\n\"", "\"\\x\"", "1e999",
                "\"unterminated", "/* c */ 0", "// c\n0", "", ",");
        int kind = depth > 6 ? 0 : random.nextInt(3);
        if (kind == 0) {
            return pick(random, scalars);
        }
        StringBuilder out = new StringBuilder(kind == 1 ? "[" : "{");
        int items = random.nextInt(5);
        for (int i = 0; i < items; i++) {
            out.append(i > 0 ? "," : "");
            if (kind == 2) {
                out.append("\"k").append(random.nextInt(3)).append("\": ");
            }
            out.append(json(random, depth + 1));
        }
        return out.append(kind == 1 ? "]" : "}").toString();
    }

    /** Text saved as UTF-8 (with or without a BOM), UTF-16 with a BOM, or Windows-1252. */
    static Document encoded(Random random, String text, String fileName) {
        String charset = pick(random, ENCODINGS);
        byte[] bytes = switch (charset) {
            case "UTF-8-BOM" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            case "UTF-16" -> text.getBytes(StandardCharsets.UTF_16);
            default -> text.getBytes(Charset.forName(charset));
        };
        return new Document(text, bytes, fileName, true);
    }

    /** Bytes cut short, with bytes flipped, or with a run of bytes repeated. */
    static byte[] damage(Random random, byte[] bytes) {
        if (bytes.length == 0) {
            return bytes;
        }
        switch (random.nextInt(3)) {
            case 0:
                return Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 1:
                byte[] flipped = bytes.clone();
                for (int i = 0; i < 1 + flipped.length / 50; i++) {
                    flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
                }
                return flipped;
            default:
                int from = random.nextInt(bytes.length);
                int length = Math.min(bytes.length - from, 1 + random.nextInt(40));
                ByteArrayOutputStream repeated = new ByteArrayOutputStream();
                repeated.write(bytes, 0, from);
                for (int i = 0; i < 1 + random.nextInt(200); i++) {
                    repeated.write(bytes, from, length);
                }
                repeated.write(bytes, from, bytes.length - from);
                return repeated.toByteArray();
        }
    }

    private static String words(Random random, int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i > 0 ? " " : "").append(pick(random, WORDS));
        }
        return out.toString();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
