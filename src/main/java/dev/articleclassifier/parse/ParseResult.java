package dev.articleclassifier.parse;

import java.util.Objects;

/**
 * What the parser made of one input: either an {@link Article} or the reason it was refused.
 * The parser never throws on bad input; an empty, binary, oversized or headline-less file is a rejection
 * with a reason a person can act on ("binary file: PDF document", "empty file", ...).
 */
public record ParseResult(Article article, String rejectionReason) {

    public ParseResult {
        if ((article == null) == (rejectionReason == null)) {
            throw new IllegalArgumentException("exactly one of article and rejectionReason must be set");
        }
    }

    public static ParseResult accepted(Article article) {
        return new ParseResult(Objects.requireNonNull(article), null);
    }

    public static ParseResult rejected(String reason) {
        return new ParseResult(null, Objects.requireNonNull(reason));
    }

    public boolean isAccepted() {
        return article != null;
    }
}
