package dev.articleclassifier.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the story in a page's body the way reader modes do. Every paragraph of prose votes for the containers
 * around it (its parent fully, its grandparent half, further ancestors less), a vote growing with the
 * paragraph's length and commas; a container's total is discounted by its link density, so menus and link lists
 * lose. The winner is widened to the container that holds the whole story when its parent scores as well, and
 * its siblings join when they score nearly as well or read as prose (a paragraph continuing the story outside
 * the main container). Inside the result, lists, tables and boxes made mostly of links are left out. Containers
 * whose names mark them as furniture (comments, sidebars, related links) are skipped, unless skipping them leaves
 * almost nothing, in which case the page is read again with them.
 */
final class HtmlBodyExtractor {

    /** Tags whose text is a paragraph that votes; lists, headings and table headers do not. */
    private static final Set<String> VOTERS = Set.of("p", "pre", "td", "div", "section", "article", "main",
            "blockquote", "dd", "center", "font", "span");
    /** Containers inside the story that are left out when made mostly of links. */
    private static final Set<String> CONDITIONAL = Set.of("ul", "ol", "dl", "table", "div", "section", "form",
            "fieldset", "aside");
    private static final int MIN_VOTER_CHARS = 25;
    private static final int MIN_WORDS_BEFORE_RETRY = 120;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int RIVALS_LOOKED_AT = 4;
    private static final int MIN_RIVALS = 3;
    private static final double RIVAL_SHARE = 0.75;

    private HtmlBodyExtractor() {
    }

    /** The story's paragraphs, in page order; the page's chrome must already be removed. */
    static List<String> paragraphs(Element body) {
        Set<Element> unlikely = unlikelyContainers(body);
        List<String> paragraphs = extract(body, unlikely);
        if (!unlikely.isEmpty() && words(paragraphs) < MIN_WORDS_BEFORE_RETRY) {
            List<String> again = extract(body, Collections.emptySet());
            if (words(again) > words(paragraphs)) {
                return again;
            }
        }
        return paragraphs;
    }

    private static Set<Element> unlikelyContainers(Element body) {
        Set<Element> unlikely = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.getAllElements()) {
            if (e != body && HtmlHints.isUnlikely(e)) {
                unlikely.add(e);
            }
        }
        return unlikely;
    }

    private static List<String> extract(Element body, Set<Element> skipped) {
        HtmlBlocks page = HtmlBlocks.of(body, skipped);
        Map<Element, Double> scores = vote(page);
        Element top = best(scores, page);
        if (top == null) {
            return texts(page.blocks(), null);
        }
        Element shared = sharedAncestor(top, scores);
        top = shared != top ? shared : widen(top, scores);
        List<Element> chosen = withSiblings(top, scores, page);
        return texts(page.blocks(), story(chosen, scores, page));
    }

    private static Map<Element, Double> vote(HtmlBlocks page) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (HtmlBlocks.Block block : page.blocks()) {
            String text = block.text();
            if (text.length() < MIN_VOTER_CHARS || !VOTERS.contains(block.owner().normalName())) {
                continue;
            }
            double vote = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element ancestor = paragraphLike(block.owner()) ? block.owner().parent() : block.owner();
            for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
                if (ancestor.normalName().equals("html")) {
                    break;
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                Element candidate = ancestor;
                scores.merge(candidate, initialScore(candidate) + vote / divider, (old, add) ->
                        old + add - initialScore(candidate));
                ancestor = ancestor.parent();
            }
        }
        return scores;
    }

    /** A paragraph proper votes for its parent; a container's own loose text is a paragraph inside it. */
    private static boolean paragraphLike(Element owner) {
        String tag = owner.normalName();
        if (tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")) {
            return true;
        }
        for (Element child : owner.children()) {
            if (HtmlBlocks.isBlock(child)) {
                return false;
            }
        }
        return true;
    }

    private static double initialScore(Element e) {
        double base = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + HtmlHints.classWeight(e);
    }

    private static Element best(Map<Element, Double> scores, HtmlBlocks page) {
        Element top = null;
        double topScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * (1 - page.counts(entry.getKey()).linkDensity());
            entry.setValue(score);
            if (score > topScore) {
                top = entry.getKey();
                topScore = score;
            }
        }
        return top;
    }

    /**
     * The nearest ancestor of the winner that also holds at least {@link #MIN_RIVALS} of the runners-up scoring
     * three quarters of it, else the winner: a story cut into steps or sections, each in its own container, has
     * several near-equal winners under the container that holds them all.
     */
    private static Element sharedAncestor(Element top, Map<Element, Double> scores) {
        double topScore = scores.get(top);
        Set<Element> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element a = top.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
            ancestors.add(a);
        }
        // the winner's own ancestors and descendants share its votes; only containers beside it are rivals
        List<Element> rivals = new ArrayList<>();
        scores.entrySet().stream()
                .filter(e -> e.getKey() != top && e.getValue() >= RIVAL_SHARE * topScore)
                .filter(e -> !ancestors.contains(e.getKey()) && !isInside(e.getKey(), top))
                .sorted(Map.Entry.<Element, Double>comparingByValue().reversed())
                .limit(RIVALS_LOOKED_AT)
                .forEach(e -> rivals.add(e.getKey()));
        if (rivals.size() < MIN_RIVALS) {
            return top;
        }
        Map<Element, Integer> holding = new IdentityHashMap<>();
        for (Element rival : rivals) {
            for (Element a = rival.parent(); a != null; a = a.parent()) {
                if (ancestors.contains(a)) {
                    holding.merge(a, 1, Integer::sum);
                }
            }
        }
        for (Element a = top.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
            if (holding.getOrDefault(a, 0) >= MIN_RIVALS) {
                return a;
            }
        }
        return top;
    }

    private static boolean isInside(Element e, Element container) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a == container) {
                return true;
            }
        }
        return false;
    }

    /**
     * Climbs from the winner while its ancestors still score a third of it, taking the first that scores more:
     * the story is often split over sibling containers that each won a share of the votes.
     */
    private static Element widen(Element top, Map<Element, Double> scores) {
        double last = scores.get(top);
        double threshold = last / 3;
        Element parent = top.parent();
        while (parent != null && !parent.normalName().equals("body") && !parent.normalName().equals("html")) {
            Double score = scores.get(parent);
            if (score != null) {
                if (score < threshold) {
                    break;
                }
                if (score > last) {
                    top = parent;
                    break;
                }
                last = score;
            }
            parent = parent.parent();
        }
        while (top.parent() != null && top.parent().childrenSize() == 1
                && !top.parent().normalName().equals("body")) {
            top = top.parent();
        }
        return top;
    }

    /** The winner and those of its siblings that score nearly as well or read as prose. */
    private static List<Element> withSiblings(Element top, Map<Element, Double> scores, HtmlBlocks page) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                    ? topScore * 0.2 : 0;
            Double score = scores.get(sibling);
            if (score != null && score + bonus >= threshold) {
                chosen.add(sibling);
            } else if (readsAsProse(sibling, page)) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    private static boolean readsAsProse(Element e, HtmlBlocks page) {
        if (!e.normalName().equals("p") && !paragraphLike(e)) {
            return false;
        }
        HtmlBlocks.Counts counts = page.counts(e);
        double density = counts.linkDensity();
        if (counts.chars > 80) {
            return density < 0.25;
        }
        String text = e.text();
        return counts.chars > 0 && density == 0 && (text.endsWith(".") || text.contains(". "));
    }

    /** Every element of the chosen containers, less the link boxes inside them. */
    private static Set<Element> story(List<Element> chosen, Map<Element, Double> scores, HtmlBlocks page) {
        Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element root : chosen) {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element e)) {
                        return FilterResult.SKIP_CHILDREN;
                    }
                    if (e != root && isLinkBox(e, scores, page)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    inside.add(e);
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    return FilterResult.CONTINUE;
                }
            }, root);
        }
        return inside;
    }

    private static boolean isLinkBox(Element e, Map<Element, Double> scores, HtmlBlocks page) {
        if (!CONDITIONAL.contains(e.normalName())) {
            return false;
        }
        int weight = HtmlHints.classWeight(e);
        if (weight + scores.getOrDefault(e, 0.0) < 0) {
            return true;
        }
        double density = page.counts(e).linkDensity();
        return (weight < HtmlHints.CLASS_WEIGHT && density > 0.33) || density > 0.5;
    }

    private static List<String> texts(List<HtmlBlocks.Block> blocks, Set<Element> inside) {
        List<String> out = new ArrayList<>();
        for (HtmlBlocks.Block block : blocks) {
            if (inside != null && !inside.contains(block.owner())) {
                continue;
            }
            String text = block.text();
            if (block.owner().normalName().equals("h1") || PageChrome.isChromeLine(text)) {
                continue;
            }
            if (!isMostlyLinks(block)) {
                out.add(text);
            }
        }
        return out;
    }

    private static boolean isMostlyLinks(HtmlBlocks.Block block) {
        int visible = 0;
        String text = block.text();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != ' ') {
                visible++;
            }
        }
        return visible > 0 && block.linkChars() > 0.5 * visible;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }

    private static int words(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += Whitespace.countWords(p);
        }
        return n;
    }
}
