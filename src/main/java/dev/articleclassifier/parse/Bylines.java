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
        // A line opening with a dateline is no byline, whatever else it holds. Matching a dateline costs more than
        // the opening, the last character or an agency name, so it is only looked for in a line one of those reads
        // as a byline; but the date patterns cost more still, so a line only a date could make one is read for a
        // dateline before them. Every wire story's first body line is asked, and many hold a year.
        if (opensWithLabel(line)) {
            return DatelineParser.parse(line).isEmpty();
        }
        char last = line.charAt(line.length() - 1);
        if (last == '.' && !line.endsWith(" p.m.") && !line.endsWith(" a.m.")) {
            return false;
        }
        String bare = line.replace("(", "").replace(")", "").strip();
        if (AgencyNames.canonical(bare).isPresent()) {
            return DatelineParser.parse(line).isEmpty();
        }
        return PublishedDateParser.hasYear(line) && DatelineParser.parse(line).isEmpty()
                && PublishedDateParser.findIn(line).isPresent();
    }

    private static boolean opensWithLabel(String line) {
        return line.startsWith("By ") || line.startsWith("BY ") || line.startsWith("Source:")
                || line.startsWith("Published:") || line.startsWith("Updated:");
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
