package dev.articleclassifier.classify;

import java.util.List;

/**
 * A topic the article is about, with the evidence that put it there.
 *
 * @param id       stable topic id from the rules ("terrorism")
 * @param label    human label ("Terrorism")
 * @param iptc     IPTC Media Topic code ("medtop:20000053")
 * @param score    0..1, comparable across topics of one article
 * @param evidence matched terms, strongest first
 */
public record TopicTag(String id, String label, String iptc, double score, List<Evidence> evidence) {

    public TopicTag {
        evidence = List.copyOf(evidence);
    }
}
