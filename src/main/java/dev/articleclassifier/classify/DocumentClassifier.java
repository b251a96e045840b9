package dev.articleclassifier.classify;

import dev.articleclassifier.parse.ArticleParser;
import dev.articleclassifier.parse.ParseResult;
import java.nio.file.Path;

/**
 * Turns one dropped document (raw bytes) into a {@link ClassifiedArticle}: parse, then tag topics, countries and
 * regions. Built once (rules and gazetteer compiled at construction), then thread-safe and reusable: the Lambda
 * handler keeps one per container, the command line one per run.
 */
public final class DocumentClassifier {

    private final ArticleParser parser;
    private final Classifier classifier;

    public DocumentClassifier(ArticleParser parser, Classifier classifier) {
        this.parser = parser;
        this.classifier = classifier;
    }

    /** The bundled rules and gazetteer, default size cap. */
    public static DocumentClassifier bundled() {
        Classifier classifier = Classifier.bundled();
        return new DocumentClassifier(new ArticleParser(classifier.placeResolver()), classifier);
    }

    /** A user's rules file with the bundled gazetteer, default size cap. */
    public static DocumentClassifier withRules(Path rulesFile) {
        Classifier classifier = Classifier.withRules(rulesFile);
        return new DocumentClassifier(new ArticleParser(classifier.placeResolver()), classifier);
    }

    /** Parses and classifies one document; never throws on bad input (it becomes a rejection). */
    public ClassifiedArticle classify(byte[] content, String fileName) {
        ParseResult parsed = parser.parse(content, fileName);
        if (!parsed.isAccepted()) {
            return ClassifiedArticle.rejected(parsed.rejectionReason(), classifier.noClassification());
        }
        return classifier.classify(parsed.article());
    }

    /** A rejection decided before parsing (unreadable, too large to read), stamped like any other. */
    public ClassifiedArticle reject(String reason) {
        return ClassifiedArticle.rejected(reason, classifier.noClassification());
    }

    public Classifier classifier() {
        return classifier;
    }
}
