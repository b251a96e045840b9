package dev.articleclassifier.parse;

import java.util.ArrayList;
import java.util.List;

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
        return parse(text, TextCleaner.isPlain(text));
    }

    /** Parses {@code text}, told whether it {@link TextCleaner#isPlain is plain}, as the parser already knows. */
    static ArticleDraft parse(String text, boolean plain) {
        String decoded = EntityDecoder.decode(text);
        // a decoded reference may be any character, so only text without one is still known to be plain
        TextCleaner.Cleaned cleaned = TextCleaner.cleanChecked(decoded, plain && decoded == text);
        List<String> lines = lines(cleaned.text());
        ArticleDraft draft = new ArticleDraft();
        // Paragraphs are stripped lines joined by one space: tidy already, unless a line spaces words oddly.
        draft.paragraphsTidy = cleaned.plainSpaces() && !TextCleaner.hasInnerSpaceRun(cleaned.text());
        boolean separators = PageChrome.hasSeparators(cleaned.text());
        int i = 0;
        while (i < lines.size() && (lines.get(i).isBlank() || PageChrome.isChromeLine(lines.get(i), separators))) {
            i++;
        }
        if (i == lines.size()) {
            return draft;
        }
        String first = lines.get(i).strip();
        if (opensWithDateline(first)) {
            draft.missingHeadline = "text opens with a dateline paragraph";
            return draft;
        }
        draft.headline = first;
        i++;
        i = readBylines(lines, i, draft, separators);
        List<String> body = new ArrayList<>(lines.size() - i);
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!PageChrome.isChromeLine(line, separators)) {
                body.add(line);
            }
        }
        draft.paragraphs.addAll(ParagraphJoiner.join(body));
        return draft;
    }

    /** Reads byline lines right after the headline into the draft; returns the index of the first body line. */
    private static int readBylines(List<String> lines, int from, ArticleDraft draft, boolean separators) {
        int i = from;
        int found = 0;
        while (i < lines.size() && found < MAX_BYLINES) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            String candidate = PageChrome.withoutPhrases(line.strip());
            if (!Bylines.isByline(candidate)) {
                if (!PageChrome.isChromeLine(line, separators)) {
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

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            lines.add(text.substring(start, nl).stripTrailing());
            start = nl + 1;
        }
        lines.add(text.substring(start).stripTrailing());
        return lines;
    }
}
