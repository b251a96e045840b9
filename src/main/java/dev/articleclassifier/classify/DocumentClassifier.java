package dev.articleclassifier.classify;

import dev.articleclassifier.parse.ArticleParser;
import dev.articleclassifier.parse.InputLimits;
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

    /** The bundled rules and gazetteer, default size limit. */
    public static DocumentClassifier bundled() {
        return bundled(InputLimits.DEFAULT);
    }

    /** The bundled rules and gazetteer, the given size limit. */
    public static DocumentClassifier bundled(InputLimits limits) {
        Classifier classifier = Classifier.bundled();
        return new DocumentClassifier(new ArticleParser(classifier.placeResolver(), limits), classifier);
    }

    /** A user's rules file with the bundled gazetteer, default size limit. */
    public static DocumentClassifier withRules(Path rulesFile) {
        return withRules(rulesFile, InputLimits.DEFAULT);
    }

    /** A user's rules file with the bundled gazetteer, the given size limit. */
    public static DocumentClassifier withRules(Path rulesFile, InputLimits limits) {
        Classifier classifier = Classifier.withRules(rulesFile);
        return new DocumentClassifier(new ArticleParser(classifier.placeResolver(), limits), classifier);
    }

    /** Other rules, with this one's size limit: how rules replaced at run time keep the configured limit. */
    public DocumentClassifier withClassifier(Classifier other) {
        return new DocumentClassifier(parser.withPlaces(other.placeResolver()), other);
    }

    /**
     * Parses and classifies one document; never throws on bad input (it becomes a rejection). The parser bounds
     * the work per document; should a document still exhaust the stack or the heap, that document is rejected
     * and the caller goes on with the next one.
     */
    public ClassifiedArticle classify(byte[] content, String fileName) {
        try {
            ParseResult parsed = parser.parse(content, fileName);
            if (!parsed.isAccepted()) {
                return ClassifiedArticle.rejected(parsed.rejectionReason(), classifier.noClassification());
            }
            return classifier.classify(parsed.article());
        } catch (StackOverflowError e) {
            return reject("over budget: the document exhausted the stack");
        } catch (OutOfMemoryError e) {
            return reject("over budget: the document exhausted the memory");
        }
    }

    /** A rejection decided before parsing (unreadable, too large to read), stamped like any other. */
    public ClassifiedArticle reject(String reason) {
        return ClassifiedArticle.rejected(reason, classifier.noClassification());
    }

    public Classifier classifier() {
        return classifier;
    }
}
