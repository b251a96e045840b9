package dev.articleclassifier.classify;

import java.util.List;

/**
 * A topic the article is about, with the evidence that put it there and the decision rule it passed.
 *
 * @param id       stable topic id from the rules ("terrorism")
 * @param label    human label ("Terrorism")
 * @param iptc     IPTC Media Topic code ("medtop:20000053")
 * @param score    0..1, comparable across topics of one article
 * @param evidence matched terms, strongest first
 * @param why      why it was tagged, in words ("strongest topic, score 0.97 reaches the threshold 0.30");
 *                 {@code null} on records written before decisions were explained
 */
public record TopicTag(String id, String label, String iptc, double score, List<Evidence> evidence, String why) {

    public TopicTag {
        evidence = List.copyOf(evidence);
    }

    /** A tag without a recorded reason (records written before decisions were explained, tests). */
    public TopicTag(String id, String label, String iptc, double score, List<Evidence> evidence) {
        this(id, label, iptc, score, evidence, null);
    }
}
