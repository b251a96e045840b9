package dev.articleclassifier.classify;

import dev.articleclassifier.parse.Article;

/**
 * The outcome for one input document: a parsed and tagged article, or a rejection with its reason.
 * This is what the command line prints and what the store persists, under the field names of {@link RecordFields}.
 *
 * @param status         {@link Status#CLASSIFIED} or {@link Status#REJECTED}
 * @param reason         why it was rejected, {@code null} when classified
 * @param article        the parsed article with its detected language, {@code null} when rejected
 * @param classification tags (empty when rejected), classifier version and rules hash
 */
public record ClassifiedArticle(Status status, String reason, Article article, Classification classification) {

    /** Whether the document became a tagged article or was refused. */
    public enum Status { CLASSIFIED, REJECTED }

    public static ClassifiedArticle classified(Article article, Classification classification) {
        return new ClassifiedArticle(Status.CLASSIFIED, null, article, classification);
    }

    public static ClassifiedArticle rejected(String reason, Classification empty) {
        return new ClassifiedArticle(Status.REJECTED, reason, null, empty);
    }
}
