package dev.articleclassifier.parse;

import java.util.List;
import java.util.Optional;

/**
 * Turns a draft from any format into the final {@link ParseResult}: tidies the paragraphs, drops the trailer,
 * lifts the dateline out of the first paragraph (resolving its country) and completes the date; the language is
 * left as the document declares it, for the classifier to detect. A draft without a usable headline is rejected,
 * since nothing downstream can file a story without one.
 */
final class ArticleFinisher {

    /** A lone line is a story only if it says something; "Draft" or "Test file" is not. */
    private static final int MIN_WORDS_WITHOUT_BODY = 3;
    /** Longer than this the first line is a paragraph, not a headline. */
    private static final int MAX_HEADLINE_CHARS = 300;
    private static final int MAX_HEADLINE_WORDS = 45;
    private static final int SNIPPET = 60;

    private final PlaceResolver places;

    ArticleFinisher(PlaceResolver places) {
        this.places = places;
    }

    ParseResult finish(ArticleDraft draft) {
        // the draft is done with once finished, so its own list is tidied and trimmed rather than copied
        List<String> paragraphs = draft.paragraphs;
        tidy(paragraphs, draft.spacesOnly);
        draft.agencyIfUnknown(TrailerStripper.strip(paragraphs));
        if (draft.byline == null) {
            draft.byline = ReportingCredit.reporters(paragraphs);
        }
        String headline = draft.headline == null ? "" : tidy(draft.headline, draft.spacesOnly);
        Optional<String> problem = headline.isEmpty()
                ? Optional.of(draft.missingHeadline)
                : headlineProblem(headline, paragraphs.isEmpty());
        if (problem.isPresent()) {
            return ParseResult.rejected("no headline: " + problem.get());
        }
        liftDateline(draft, paragraphs);
        if (draft.dateline != null && draft.dateline.country() == null) {
            draft.dateline = new Dateline(draft.dateline.place(),
                    places.countryOf(draft.dateline.place()).orElse(null));
        }
        // the language the page declares, if any: the classifier tells the language from the words it reads
        return ParseResult.accepted(new Article(headline, draft.agency, draft.published, draft.dateline,
                paragraphs, draft.languageHint, draft.byline, draft.site, draft.url));
    }

    private void liftDateline(ArticleDraft draft, List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        Optional<DatelineParser.Match> found = DatelineParser.parse(paragraphs.get(0));
        if (found.isEmpty()) {
            return;
        }
        DatelineParser.Match match = found.get();
        String rest = paragraphs.get(0).substring(match.bodyStart()).strip();
        if (rest.isEmpty()) {
            paragraphs.remove(0);
        } else {
            paragraphs.set(0, rest);
        }
        if (draft.dateline == null) {
            draft.dateline = new Dateline(match.place(), places.countryOf(match.place(), match.region()).orElse(null));
        }
        draft.agencyIfUnknown(match.agency());
        Integer year = match.year() != null ? match.year() : draft.contextYear;
        if (draft.published == null && match.hasDay() && year != null) {
            draft.published = PublishedDateParser.date(year, match.month(), match.day()).orElse(null);
        }
    }

    private static Optional<String> headlineProblem(String headline, boolean noBody) {
        if (!hasLetter(headline)) {
            return Optional.of("first line has no words: \"" + snippet(headline) + "\"");
        }
        if (headline.length() > MAX_HEADLINE_CHARS || hasTooManyWords(headline)) {
            return Optional.of("first line is a " + headline.length() + "-character paragraph: \""
                    + snippet(headline) + "\"");
        }
        if (noBody) {
            int words = Whitespace.countWords(headline);
            if (words < MIN_WORDS_WITHOUT_BODY) {
                return Optional.of("a single line of " + words + (words == 1 ? " word" : " words") + ": \""
                        + snippet(headline) + "\"");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the headline has more than {@link #MAX_HEADLINE_WORDS} words. Words are separated by whitespace, so
     * a text has at most (length + 1) / 2 of them, and only a long headline needs counting.
     */
    private static boolean hasTooManyWords(String headline) {
        return headline.length() > 2 * MAX_HEADLINE_WORDS && Whitespace.countWords(headline) > MAX_HEADLINE_WORDS;
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            // nearly every headline opens with an ASCII letter, told without the JDK's tables
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0x80 && Character.isLetter(c))) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Tidies {@code paragraphs} in place, dropping those left empty. */
    private static void tidy(List<String> paragraphs, boolean spacesOnly) {
        int kept = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String clean = tidy(paragraphs.get(i), spacesOnly);
            if (!clean.isEmpty()) {
                paragraphs.set(kept++, clean);
            }
        }
        paragraphs.subList(kept, paragraphs.size()).clear();
    }

    /**
     * {@link #collapse}, or for a trimmed text whose only whitespace is ' ' ({@link ArticleDraft#spacesOnly}), the
     * text itself when it holds no two spaces in a row: one vectorised search rather than collapse's look at every
     * character.
     */
    static String tidy(String text, boolean spacesOnly) {
        return spacesOnly && text.indexOf("  ") < 0 ? text : collapse(text);
    }

    /**
     * Runs of whitespace become one space; ends are trimmed. Most paragraphs are already tidy, so one pass looks
     * for the first character that breaks the rule and returns the text itself when there is none; otherwise the
     * part before it is copied as it is and only the rest is rebuilt.
     */
    static String collapse(String text) {
        int untidy = firstUntidy(text);
        return untidy < 0 ? text : rebuild(text, untidy);
    }

    /**
     * Where the tidy opening of {@code text} ends: at a leading or second space, at other whitespace, or at the
     * end when the text ends with a space; -1 when the whole text is tidy.
     */
    private static int firstUntidy(String text) {
        int n = text.length();
        if (n == 0) {
            return -1;
        }
        if (text.charAt(0) == ' ') {
            return 0;
        }
        // A space breaks the rule only at the ends or after another space: the JDK's search finds a second one in
        // a row, where a loop would branch on every space, which prose holds every few characters.
        int pair = text.indexOf("  ");
        int end = pair < 0 ? n : pair + 1;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            // other whitespace lies outside printable ASCII, where a text has few characters
            if ((c < ' ' || c >= 0x80) && isSpace(c)) {
                return i;
            }
        }
        if (pair >= 0) {
            return pair + 1;
        }
        return text.charAt(n - 1) == ' ' ? n : -1;
    }

    /** Collapses {@code text} whose first {@code tidy} characters need no change but a trailing space. */
    private static String rebuild(String text, int tidy) {
        char[] out = new char[text.length()];
        int length = tidy;
        boolean space = false;
        if (length > 0 && text.charAt(length - 1) == ' ') {
            length--;
            space = true;
        }
        text.getChars(0, length, out, 0);
        for (int i = tidy; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = length > 0;
            } else {
                if (space) {
                    out[length++] = ' ';
                    space = false;
                }
                out[length++] = c;
            }
        }
        return new String(out, 0, length);
    }

    /** Whitespace or a no-break space; printable ASCII, most of any text, is decided by one comparison. */
    private static boolean isSpace(char c) {
        if (c > ' ' && c < 0x80) {
            return false;
        }
        return Whitespace.is(c) || c == '\u00A0';
    }

    private static String snippet(String text) {
        return text.length() <= SNIPPET ? text : text.substring(0, SNIPPET) + "...";
    }
}
