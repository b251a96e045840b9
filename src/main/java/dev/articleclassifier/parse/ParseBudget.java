package dev.articleclassifier.parse;

import java.util.Optional;

/**
 * What one document may cost the parser beyond its bytes. A file under the size limit can still nest markup so
 * deeply that a tree builder slows to a crawl (nested tables: quadratic in jsoup's HTML tree builder), or nest
 * paragraphs so that each one's text repeats all those inside it (a 146 KB NITF file became a 35 MB body). The
 * budget is checked where the work happens: a pre-scan of the markup before any tree is built
 * ({@link MarkupScan}), and the body as it is assembled. A document over budget is rejected with a reason that
 * names the limit; it never reaches the tree builder.
 *
 * <p>The limits sit well above real documents: saved news pages of a 171-page extraction benchmark nest at most 51
 * levels (counted as the scan counts) and hold at most 9,888 elements. jsoup's cost per element grows with the
 * depth it sits at, so both are bounded; at these limits the costliest shapes (nested tables) parse in about a
 * second with the function's JVM options. The body of a story is bounded by its input, so a body longer than the
 * size limit can only come from repetition.
 *
 * @param maxDepth    the deepest nesting of markup elements
 * @param maxElements the most markup elements in one document
 * @param maxBodyChars the most characters of body text one document may produce
 */
record ParseBudget(int maxDepth, int maxElements, long maxBodyChars) {

    /** How every rejection for the budget starts, so that logs and metrics can group them. */
    static final String OVER_BUDGET = "over budget: ";

    /** Default nesting limit: the 171 benchmark pages nest 14 levels at the median, 51 at most. */
    static final int DEFAULT_MAX_DEPTH = 64;
    /** Default element limit: the benchmark pages hold 628 elements at the median, 9,888 at most. */
    static final int DEFAULT_MAX_ELEMENTS = 50_000;

    /** The default budget for an input size limit: the body may not be longer than the input may be. */
    static ParseBudget forLimits(InputLimits limits) {
        return new ParseBudget(DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS, limits.maxBytes());
    }

    /** Why the scanned markup is over budget, or empty when it fits. */
    Optional<String> markupProblem(MarkupScan.Shape shape) {
        if (shape.maxDepth() > maxDepth) {
            return Optional.of(OVER_BUDGET + "markup nested more than " + maxDepth + " levels deep (depth limit "
                    + maxDepth + ")");
        }
        if (shape.elements() > maxElements) {
            return Optional.of(OVER_BUDGET + "more than " + maxElements + " markup elements (element limit "
                    + maxElements + ")");
        }
        return Optional.empty();
    }

    /** Why a body of {@code chars} characters is over budget, or empty when it fits. */
    Optional<String> bodyProblem(long chars) {
        return chars > maxBodyChars
                ? Optional.of(OVER_BUDGET + "body longer than " + maxBodyChars + " characters (body limit "
                + maxBodyChars + ")")
                : Optional.empty();
    }
}
