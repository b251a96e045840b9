package dev.articleclassifier.handler;

import dev.articleclassifier.classify.DocumentClassifier;
import java.util.Objects;

/**
 * Where the pipeline gets the compiled rules for an event batch. Rules can change while a container lives (an
 * operator replaces the rules object in S3), so the pipeline asks once per batch instead of holding one
 * classifier: every record of a batch is tagged by the same rules, and the next batch sees a replacement.
 *
 * <p>Implementations never throw: when new rules cannot be had, they keep answering with rules that work.
 */
@FunctionalInterface
public interface ClassifierProvider {

    /** The rules in force now. */
    DocumentClassifier current();

    /** Rules that never change: the bundled rules, or a {@code RULES_FILE} read once at start. */
    static ClassifierProvider fixed(DocumentClassifier classifier) {
        Objects.requireNonNull(classifier, "classifier");
        return () -> classifier;
    }
}
