package dev.articleclassifier.parse;

/**
 * Recognises the byline printed between headline and story: an author ("By Jane Roe"), an agency and a date
 * ("Xinhua, December 24, 2015"), or a label ("Updated: ..."). A byline is short and is not a sentence; one that
 * opens with a dateline is the story's first paragraph instead.
 */
final class Bylines {

    private static final int MAX_BYLINE = 120;

    private Bylines() {
    }

    static boolean isByline(String line) {
        if (line.isEmpty()) {
            return true;
        }
        if (line.length() > MAX_BYLINE) {
            return false;
        }
        // A line opening with a dateline is no byline, whatever else it holds; matching a dateline costs most, so
        // it is only looked for in a line that otherwise reads as one.
        return readsAsByline(line) && DatelineParser.parse(line).isEmpty();
    }

    private static boolean readsAsByline(String line) {
        if (line.startsWith("By ") || line.startsWith("BY ") || line.startsWith("Source:")
                || line.startsWith("Published:") || line.startsWith("Updated:")) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '.' && !line.endsWith(" p.m.") && !line.endsWith(" a.m.")) {
            return false;
        }
        String bare = line.replace("(", "").replace(")", "").strip();
        return PublishedDateParser.findIn(line).isPresent() || AgencyNames.canonical(bare).isPresent();
    }

    private static boolean opensWithBy(String line) {
        return line.regionMatches(true, 0, "By ", 0, 3);
    }

    /** Takes the names, the agency, the date and the year a byline names into the draft, keeping what is already known. */
    static void read(String byline, ArticleDraft draft) {
        if (opensWithBy(byline)) {
            draft.bylineIfUnknown(BylineNames.of(byline).orElse(null));
        }
        draft.agencyIfUnknown(AgencyNames.findIn(byline).orElse(null));
        draft.publishedIfUnknown(PublishedDateParser.findIn(byline).orElse(null));
        if (draft.contextYear == null) {
            draft.contextYear = PublishedDateParser.findYear(byline).orElse(null);
        }
    }
}
