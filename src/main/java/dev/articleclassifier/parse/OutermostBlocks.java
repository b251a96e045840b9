package dev.articleclassifier.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The blocks of a selection that no other block of it contains. A paragraph's text includes the text of every
 * paragraph nested in it, so reading each nested paragraph as well repeats text once per level: a 146 KB NITF
 * file of 2,000 nested {@code <p>} elements made a 35 MB body. Reading only the outermost ones keeps the body
 * no longer than the input, whatever the nesting. A nested block's words are kept apart from its neighbours' by a
 * space on either side: in XML no element is a block, so {@code <p>peace<p>talks</p></p>} would otherwise read
 * as "peacetalks".
 */
final class OutermostBlocks {

    private OutermostBlocks() {
    }

    /**
     * {@code blocks} in document order without those inside another of them; each one left out is padded with a
     * space on either side (the tree is changed).
     */
    static List<Element> of(List<Element> blocks) {
        Set<Element> selected = Collections.newSetFromMap(new IdentityHashMap<>(blocks.size() * 2));
        selected.addAll(blocks);
        List<Element> outermost = new ArrayList<>(blocks.size());
        for (Element block : blocks) {
            if (!insideAnother(block, selected)) {
                outermost.add(block);
            } else {
                block.prependText(" ").appendText(" ");
            }
        }
        return outermost;
    }

    private static boolean insideAnother(Element block, Set<Element> selected) {
        for (Element parent = block.parent(); parent != null; parent = parent.parent()) {
            if (selected.contains(parent)) {
                return true;
            }
        }
        return false;
    }
}
