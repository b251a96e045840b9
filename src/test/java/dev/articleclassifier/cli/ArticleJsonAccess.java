package dev.articleclassifier.cli;

import dev.articleclassifier.classify.ClassifiedArticle;

/** The command line's JSON line of a result, for tests outside this package. */
public final class ArticleJsonAccess {

    private ArticleJsonAccess() {
    }

    public static String line(String file, ClassifiedArticle result) {
        return ArticleJson.toJsonLine(file, result);
    }
}
