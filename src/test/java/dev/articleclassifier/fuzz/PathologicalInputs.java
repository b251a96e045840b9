package dev.articleclassifier.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small inputs whose naive processing costs far more than their size: each shape once made the parser run out of
 * memory or past the function's timeout. Shared by the tests that pin the bounds, the fuzz suite's corpus and the
 * worst-case benchmark, so all three measure the same bytes.
 */
public final class PathologicalInputs {

    private static final String WORDS = "Ministers met in Geneva on Tuesday to talk about trade ";

    private PathologicalInputs() {
    }

    /** NITF whose body nests {@code depth} paragraphs: each one's text repeats every paragraph inside it. */
    public static byte[] nestedNitfParagraphs(int depth) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<nitf><head><title>Nested</title></head>"
                + "<body><body.head><hedline><hl1>Nested paragraphs</hl1></hedline></body.head><body.content>");
        xml.append("<p>").append(WORDS).append(0).append(' ');
        for (int i = 1; i < depth; i++) {
            xml.append("<p>").append(WORDS).append(i).append(' ');
        }
        xml.append("</p>".repeat(depth));
        xml.append("</body.content></body></nitf>\n");
        return bytes(xml);
    }

    /** An HTML page of nested {@code <table><tr><td>} cells, about {@code size} bytes. */
    public static byte[] nestedTables(int size) {
        return nestedMarkup("<table><tr><td>x", size);
    }

    /** An HTML page of nested {@code <div>} elements, about {@code size} bytes. */
    public static byte[] nestedDivs(int size) {
        return nestedMarkup("<div>x ", size);
    }

    /**
     * {@code blocks} blocks of {@code open} nested {@code depth} deep, then closed, side by side: the most costly
     * markup that stays within a depth limit.
     */
    public static byte[] repeatedNesting(String open, String close, int depth, int blocks) {
        String block = open.repeat(depth) + close.repeat(depth);
        StringBuilder html = new StringBuilder(block.length() * blocks + 100)
                .append("<html><head><title>Nested</title></head><body>");
        for (int i = 0; i < blocks; i++) {
            html.append(block);
        }
        return bytes(html.append("</body></html>"));
    }

    /** NITF whose body nests paragraphs {@code depth} deep, the nest repeated to about {@code size} bytes. */
    public static byte[] repeatedNitfNesting(int depth, int size) {
        StringBuilder xml = new StringBuilder(size + 200).append("<nitf><head><title>Nested</title></head><body>"
                + "<body.head><hedline><hl1>Nested paragraphs</hl1></hedline></body.head><body.content>");
        String block = ("<p>" + WORDS).repeat(depth) + "</p>".repeat(depth);
        while (xml.length() + block.length() < size) {
            xml.append(block);
        }
        return bytes(xml.append("</body.content></body></nitf>"));
    }

    /** An HTML page of {@code count} sibling {@code <span>} elements. */
    public static byte[] flatElements(int count) {
        StringBuilder html = new StringBuilder(count * 16 + 100).append("<html><head><title>Flat</title></head>"
                + "<body><p>");
        for (int i = 0; i < count; i++) {
            html.append("<span>w").append(i % 10).append("</span>");
        }
        return bytes(html.append("</p></body></html>"));
    }

    /** Plain wire text of about {@code size} bytes: a headline and paragraph after paragraph of words. */
    public static byte[] longWireText(int size) {
        StringBuilder text = new StringBuilder(size + 200).append("Trade talks go on in Geneva\n\n");
        int paragraph = 0;
        while (text.length() < size) {
            text.append("GENEVA (Reuters) - ").append(WORDS.repeat(6)).append(paragraph++).append(".\n\n");
        }
        return bytes(text);
    }

    /** NITF behind a prolog longer than a format sniffer's window: a comment and a doctype declaring entities. */
    public static byte[] nitfBehindLongProlog(int prologChars) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- ");
        while (xml.length() < prologChars / 2) {
            xml.append("Copyright notice of the feed. ");
        }
        xml.append("-->\n<!DOCTYPE nitf [\n");
        int entity = 0;
        while (xml.length() < prologChars) {
            xml.append("  <!ENTITY e").append(entity++).append(" \"Entity text\">\n");
        }
        xml.append("]>\n<nitf><head><title>Prolog</title></head><body><body.head><hedline>"
                + "<hl1>Talks resume in Geneva</hl1></hedline></body.head><body.content><p>")
                .append(WORDS).append("</p><p>").append(WORDS).append("</p></body.content></body></nitf>\n");
        return bytes(xml);
    }

    /** {@code count} doctype declarations in a row before a NITF root: a prolog that a sniffer must pass linearly. */
    public static byte[] repeatedDoctypes(int count) {
        return bytes(new StringBuilder(count * 12 + 100).append("<!doctype a>".repeat(count))
                .append("<nitf><body><body.head><hedline><hl1>Talks resume in Geneva</hl1></hedline></body.head>"
                        + "<body.content><p>" + WORDS + "</p></body.content></body></nitf>"));
    }

    /** A rules file (JSONC) of arrays nested {@code depth} levels. */
    public static byte[] nestedRules(int depth) {
        return bytes(new StringBuilder(2 * depth + 20).append("{\"topics\": ").append("[".repeat(depth))
                .append("]".repeat(depth)).append("}"));
    }

    /** The worst-case inputs of the benchmark and the corpus, by name, each under the 5 MiB size limit. */
    public static Map<String, byte[]> worstCases() {
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("nested NITF paragraphs, 2,000 levels", nestedNitfParagraphs(2_000));
        cases.put("nested tables, 1 MB", nestedTables(1_000_000));
        cases.put("nested tables, 5 MB", nestedTables(5_000_000));
        cases.put("nested divs, 400,000 (4.4 MB)", nestedDivs(400_000 * 11));
        cases.put("wire text, 5 MB", longWireText(5_000_000));
        // Just inside the markup budget (64 levels, 50,000 elements):
        cases.put("tables 60 deep x 277 (49,860 elements)", repeatedNesting("<table><tr><td>x",
                "</td></tr></table>", 60, 277));
        cases.put("divs 60 deep x 831 (49,860 elements)", repeatedNesting("<div>x", "</div>", 60, 831));
        cases.put("paragraphs in tables 60 deep x 207 (49,680 elements)",
                repeatedNesting("<p>" + WORDS + "<table><tr><td>", "</td></tr></table></p>", 60, 207));
        cases.put("NITF paragraphs 60 deep, repeated to 2.8 MB", repeatedNitfNesting(60, 2_800_000));
        cases.put("49,900 sibling elements", flatElements(49_900));
        return cases;
    }

    private static byte[] nestedMarkup(String open, int size) {
        StringBuilder html = new StringBuilder(size + 100).append("<html><head><title>Nested</title></head><body>");
        while (html.length() + open.length() < size) {
            html.append(open);
        }
        return bytes(html.append("</body></html>"));
    }

    private static byte[] bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
