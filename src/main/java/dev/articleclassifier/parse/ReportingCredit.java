package dev.articleclassifier.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credit line that closes agency copy, "(Reporting by Ana Ribeiro in Brasilia; Editing by Tom Hale)", names
 * the story's reporters when no byline opens it. Only the reporters count, not the editors, and not the places
 * they filed from. Only the last two paragraphs are looked at, and only those opening with the credit's words.
 */
final class ReportingCredit {

    private static final Pattern CREDIT = Pattern.compile(
            "^\\(?(?:Additional )?[Rr]eporting by ([^;)]+)");
    /** "Ana Ribeiro in Brasilia and Li Wei in Beijing": the places are cut. */
    private static final Pattern PLACE = Pattern.compile("\\s+in\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*)*");
    private static final int MAX_CREDIT = 300;
    private static final int LAST_PARAGRAPHS = 2;

    private ReportingCredit() {
    }

    /** The reporters named by a credit line at the end of {@code paragraphs}, or null. */
    static String reporters(List<String> paragraphs) {
        for (int i = paragraphs.size() - 1; i >= 0 && i >= paragraphs.size() - LAST_PARAGRAPHS; i--) {
            String paragraph = paragraphs.get(i);
            if (paragraph.length() > MAX_CREDIT || !opensCredit(paragraph)) {
                continue;
            }
            Matcher m = CREDIT.matcher(paragraph);
            if (m.find()) {
                return BylineNames.of(PLACE.matcher(m.group(1)).replaceAll("")).orElse(null);
            }
        }
        return null;
    }

    private static boolean opensCredit(String paragraph) {
        int start = paragraph.startsWith("(") ? 1 : 0;
        return paragraph.startsWith("Reporting", start) || paragraph.startsWith("reporting", start)
                || paragraph.startsWith("Additional", start);
    }
}
