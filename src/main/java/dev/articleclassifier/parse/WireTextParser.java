package dev.articleclassifier.parse;

/**
 * Reads plain text: classic wire copy (headline, dateline-opened body, trailer) and text copied from a news web
 * page (ticker and breadcrumb lines before the headline, a byline with agency and date after it). The first line
 * that is not page furniture is the headline; up to a few short lines after it that name an author, an agency or
 * a date form the byline; the rest is the body.
 */
final class WireTextParser {

    private static final int MAX_BYLINES = 3;
    private static final int MIN_DATELINE_PARAGRAPH = 80;

    private WireTextParser() {
    }

    static ArticleDraft parse(String text) {
        return parse(new TextDecoder.Decoded(text, TextCleaner.isClean(text)));
    }

    /** Parses decoded text, told whether it is clean, as the parser already knows. */
    static ArticleDraft parse(TextDecoder.Decoded input) {
        String text = input.text();
        String decoded = EntityDecoder.decode(text);
        // a decoded reference may be any character, so only text without one is still known to be clean
        TextCleaner.Cleaned cleaned = TextCleaner.cleanChecked(decoded, input.clean() && decoded == text);
        TextLines lines = TextLines.of(cleaned.text());
        ArticleDraft draft = new ArticleDraft();
        // The headline is a stripped line, paragraphs are stripped lines joined by one space: with no whitespace
        // but spaces, only a line that spaces words twice leaves one untidy.
        draft.spacesOnly = cleaned.plainSpaces();
        boolean separators = PageChrome.hasSeparators(cleaned.text());
        boolean[] chrome = chromeLines(lines, separators);
        int i = 0;
        while (i < lines.size() && (lines.isBlank(i) || chrome[i])) {
            i++;
        }
        if (i == lines.size()) {
            return draft;
        }
        String first = lines.stripped(i);
        if (opensWithDateline(first)) {
            draft.missingHeadline = "text opens with a dateline paragraph";
            return draft;
        }
        draft.headline = first;
        i++;
        i = readBylines(lines, i, draft, chrome);
        ParagraphJoiner.join(lines, i, chrome, draft.paragraphs);
        return draft;
    }

    /**
     * Which lines are page furniture, decided for every line in one loop; the headline search, the byline reader
     * and the joiner look the answers up, and the joiner needs no copy of the lines without them.
     */
    private static boolean[] chromeLines(TextLines lines, boolean separators) {
        boolean[] chrome = new boolean[lines.size()];
        for (int line = 0; line < chrome.length; line++) {
            chrome[line] = PageChrome.isTrimmedChromeLine(lines.text(), lines.contentStart(line), lines.end(line),
                    separators);
        }
        return chrome;
    }

    /** Reads byline lines right after the headline into the draft; returns the index of the first body line. */
    private static int readBylines(TextLines lines, int from, ArticleDraft draft, boolean[] chrome) {
        int i = from;
        int found = 0;
        while (i < lines.size() && found < MAX_BYLINES) {
            if (lines.isBlank(i)) {
                i++;
                continue;
            }
            String candidate = PageChrome.withoutPhrases(lines.stripped(i));
            if (!Bylines.isByline(candidate)) {
                if (!chrome[i]) {
                    break;
                }
                i++;
                continue;
            }
            Bylines.read(candidate, draft);
            found++;
            i++;
        }
        return i;
    }

    /** A long first line opening with "MOSCOW, Dec. 24 (Xinhua) --" is the story's first paragraph. */
    private static boolean opensWithDateline(String line) {
        if (line.length() < MIN_DATELINE_PARAGRAPH) {
            return false;
        }
        return DatelineParser.parse(line).filter(m -> m.agency() != null || m.day() > 0).isPresent();
    }
}
