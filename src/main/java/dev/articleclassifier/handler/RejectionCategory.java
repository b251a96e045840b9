package dev.articleclassifier.handler;

import java.util.Locale;

/**
 * The few kinds of rejected object a dashboard tells apart. Rejection reasons are free text with details (sizes,
 * what the binary sniffer saw); a metric dimension needs a small fixed set of values, or every distinct reason
 * would become a metric of its own.
 */
public enum RejectionCategory {
    EMPTY("empty"),
    BINARY("binary"),
    TOO_LARGE("too-large"),
    NO_HEADLINE("no-headline"),
    /** Over the parser's budget: markup nested too deeply, too many elements, a body longer than the input. */
    OVER_BUDGET("over-budget"),
    OTHER("other");

    private final String label;

    RejectionCategory(String label) {
        this.label = label;
    }

    /** The dimension value. */
    public String label() {
        return label;
    }

    /** The category of a reason as the parser and the object source word it. */
    public static RejectionCategory of(String reason) {
        String text = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (text.startsWith("empty")) {
            return EMPTY;
        }
        if (text.startsWith("binary")) {
            return BINARY;
        }
        if (text.contains("too large") || text.contains("inflates past")) {
            return TOO_LARGE;
        }
        if (text.startsWith("over budget")) {
            return OVER_BUDGET;
        }
        if (text.startsWith("no headline")) {
            return NO_HEADLINE;
        }
        return OTHER;
    }
}
