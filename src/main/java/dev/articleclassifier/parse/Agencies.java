package dev.articleclassifier.parse;

import java.util.List;
import java.util.Optional;

/**
 * The news agencies an article's {@code agency} field can name. The parser only ever stores an agency's
 * canonical name ("AP", never "Associated Press"), so this is the whole set a query by agency can match.
 */
public final class Agencies {

    private Agencies() {
    }

    /** Every canonical name. */
    public static List<String> names() {
        return AgencyNames.canonicalNames();
    }

    /** The canonical name of a spelling ("Associated Press" → "AP"), if it is one. */
    public static Optional<String> canonical(String spelling) {
        return AgencyNames.canonical(spelling);
    }
}
