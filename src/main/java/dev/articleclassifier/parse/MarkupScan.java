package dev.articleclassifier.parse;

/**
 * A single linear pass over markup that counts its elements and how deeply they nest, without building a tree,
 * so that a document over the {@link ParseBudget} is refused before a tree builder spends quadratic time or
 * unbounded memory on it. The scan stops as soon as either count passes the budget.
 *
 * <p>Counting follows what a tree builder would keep open. Comments, processing instructions, doctypes (with
 * their internal subset) and CDATA sections are skipped. In HTML, void elements ({@code <br>}, {@code <img>}) and
 * elements whose end tag may be left out ({@code <p>}, {@code <li>}, {@code <td>}) do not deepen the count, since
 * the next sibling closes them; script, style and other raw-text elements are skipped to their end tag. In XML
 * every start tag that is not self-closing opens a level and every end tag closes one.
 */
final class MarkupScan {

    /** How many elements the markup holds and how deeply they nest (both capped at the budget plus one). */
    record Shape(int elements, int maxDepth) {
    }

    private static final String[] HTML_FLAT = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "td", "th", "tr", "option", "tbody",
            "thead", "tfoot", "colgroup", "optgroup", "rb", "rt", "rp", "basefont", "bgsound", "frame", "keygen",
            "image", "isindex"};
    private static final String[] HTML_RAW_TEXT = {"script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes", "plaintext"};

    private MarkupScan() {
    }

    /**
     * Scans {@code text}; stops early once the depth passes {@code maxDepth} or the element count passes
     * {@code maxElements}.
     *
     * @param html whether HTML's void, optional-end-tag and raw-text elements apply (otherwise XML rules)
     */
    static Shape scan(String text, boolean html, int maxDepth, int maxElements) {
        int elements = 0;
        int depth = 0;
        int deepest = 0;
        int n = text.length();
        int at = text.indexOf('<');
        while (at >= 0 && at + 1 < n) {
            char c = text.charAt(at + 1);
            int next;
            if (c == '!') {
                next = skipDeclaration(text, at);
            } else if (c == '?') {
                next = endOf(text, "?>", at + 2);
            } else if (c == '/') {
                depth = Math.max(0, depth - (html && isFlat(text, at + 2) ? 0 : 1));
                next = endOf(text, ">", at + 2);
            } else if (isAsciiLetter(c)) {
                elements++;
                int close = tagEnd(text, at + 1);
                boolean selfClosing = close < n && close > at + 1 && text.charAt(close - 1) == '/';
                next = close + 1;
                if (html && isRawText(text, at + 1)) {
                    next = rawTextEnd(text, at + 1, next);
                } else if (!selfClosing && !(html && isFlat(text, at + 1))) {
                    depth++;
                    deepest = Math.max(deepest, depth);
                }
                if (deepest > maxDepth || elements > maxElements) {
                    break;
                }
            } else {
                next = at + 1;
            }
            at = next >= n ? -1 : text.indexOf('<', next);
        }
        return new Shape(elements, deepest);
    }

    /** After {@code <!-- -->}, {@code <![CDATA[ ]]>} or {@code <!DOCTYPE ... [ subset ]>}. */
    private static int skipDeclaration(String text, int at) {
        if (text.startsWith("<!--", at)) {
            return endOf(text, "-->", at + 4);
        }
        if (text.startsWith("<![CDATA[", at)) {
            return endOf(text, "]]>", at + 9);
        }
        return afterDoctype(text, at);
    }

    /**
     * After a {@code <!...>} declaration starting at {@code at}, passing over an internal subset in brackets.
     * Only the declaration itself is searched, so many declarations in a row cost linear time.
     */
    static int afterDoctype(String text, int at) {
        for (int i = at + 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '[') {
                int subsetEnd = text.indexOf(']', i);
                return subsetEnd < 0 ? text.length() : endOf(text, ">", subsetEnd);
            }
        }
        return text.length();
    }

    /** The index of the {@code >} that ends a start tag, passing over quoted attribute values. */
    private static int tagEnd(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return text.length();
    }

    private static int rawTextEnd(String text, int nameStart, int from) {
        int nameEnd = nameStart;
        while (nameEnd < text.length() && isAsciiLetter(text.charAt(nameEnd))) {
            nameEnd++;
        }
        String end = "</" + text.substring(nameStart, nameEnd);
        for (int at = text.indexOf("</", from); at >= 0; at = text.indexOf("</", at + 2)) {
            if (text.regionMatches(true, at, end, 0, end.length())) {
                return endOf(text, ">", at);
            }
        }
        return text.length();
    }

    private static int endOf(String text, String marker, int from) {
        int at = text.indexOf(marker, from);
        return at < 0 ? text.length() : at + marker.length();
    }

    private static boolean isFlat(String text, int nameStart) {
        return nameIn(text, nameStart, HTML_FLAT);
    }

    private static boolean isRawText(String text, int nameStart) {
        return nameIn(text, nameStart, HTML_RAW_TEXT);
    }

    /** Whether the tag name starting at {@code nameStart} is one of {@code names} (ASCII case-insensitive). */
    private static boolean nameIn(String text, int nameStart, String[] names) {
        for (String name : names) {
            int end = nameStart + name.length();
            if (text.regionMatches(true, nameStart, name, 0, name.length())
                    && (end >= text.length() || !isNameChar(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '.' || c == '_';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
