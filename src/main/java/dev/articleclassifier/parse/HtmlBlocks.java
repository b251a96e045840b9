package dev.articleclassifier.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A page cut into its text blocks: each run of text that a reader sees as one paragraph, owned by the nearest
 * block-level element around it ({@code <p>}, {@code <div>}, {@code <li>}, {@code <h2>}, ...). A {@code <div>}
 * holding text and then a {@code <p>} gives two blocks, in page order. Every element also gets the number of
 * characters of text below it and how many of those are link text, the "link density" that tells navigation
 * (mostly links) from prose (mostly not). One walk over the page, without recursion, so the work grows with the
 * page's size and not with its depth.
 */
final class HtmlBlocks {

    /** Elements that start a new block of text; everything else is inline and belongs to the block around it. */
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "html");

    /** One paragraph as a reader sees it. */
    record Block(Element owner, String text, int linkChars) {
    }

    /** Characters of text below an element, and how many of them are inside links. */
    static final class Counts {
        int chars;
        int linkChars;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private final List<Block> blocks = new ArrayList<>();
    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private HtmlBlocks() {
    }

    /** Cuts the page below {@code root} into blocks, leaving out the subtrees of {@code skipped} elements. */
    static HtmlBlocks of(Element root, Set<Element> skipped) {
        HtmlBlocks page = new HtmlBlocks();
        NodeTraversor.filter(page.new Walker(skipped), root);
        return page;
    }

    List<Block> blocks() {
        return blocks;
    }

    Counts counts(Element element) {
        Counts c = counts.get(element);
        return c == null ? new Counts() : c;
    }

    static boolean isBlock(Element element) {
        return BLOCK_TAGS.contains(element.normalName());
    }

    /** Collects text into the innermost open block and adds every element's counts to its parent's. */
    private final class Walker implements NodeFilter {
        private final Set<Element> skipped;
        private final Deque<Open> open = new ArrayDeque<>();
        private int linkDepth;

        Walker(Set<Element> skipped) {
            this.skipped = skipped;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(text.text());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            if (skipped.contains(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            counts.put(element, new Counts());
            String tag = element.normalName();
            if (tag.equals("a")) {
                linkDepth++;
            } else if (tag.equals("br")) {
                appendText(" ");
            } else if (BLOCK_TAGS.contains(tag)) {
                flushTop();
                open.push(new Open(element));
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (BLOCK_TAGS.contains(tag) && !open.isEmpty() && open.peek().owner == element) {
                flushTop();
                open.pop();
            }
            Counts mine = counts.get(element);
            Element parent = element.parent();
            if (mine != null && parent != null) {
                Counts theirs = counts.get(parent);
                if (theirs != null) {
                    theirs.chars += mine.chars;
                    theirs.linkChars += mine.linkChars;
                }
            }
            return FilterResult.CONTINUE;
        }

        private void appendText(String text) {
            Open top = open.peek();
            if (top == null) {
                return;
            }
            top.text.append(text);
            int visible = visibleChars(text);
            top.chars += visible;
            if (linkDepth > 0) {
                top.linkChars += visible;
            }
        }

        private void flushTop() {
            Open top = open.peek();
            if (top == null || top.chars == 0) {
                return;
            }
            String text = ArticleFinisher.collapse(top.text.toString().replace('\u00A0', ' '));
            if (!text.isEmpty()) {
                blocks.add(new Block(top.owner, text, top.linkChars));
            }
            Counts c = counts.get(top.owner);
            c.chars += top.chars;
            c.linkChars += top.linkChars;
            top.text.setLength(0);
            top.chars = 0;
            top.linkChars = 0;
        }
    }

    private static int visibleChars(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** A block element whose text is still being collected. */
    private static final class Open {
        final Element owner;
        final StringBuilder text = new StringBuilder();
        int chars;
        int linkChars;

        Open(Element owner) {
            this.owner = owner;
        }
    }
}
