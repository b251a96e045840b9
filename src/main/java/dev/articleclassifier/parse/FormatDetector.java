package dev.articleclassifier.parse;

import java.util.Locale;

/**
 * Decides how to read a decoded file: as NITF XML, as an HTML page, or as plain wire text. The content decides;
 * the file name is only a hint for markup the content alone leaves open, because desks save files under
 * whatever extension their tool picked.
 * Markers are matched in place, without a lower-cased copy of the opening.
 */
final class FormatDetector {

    enum Format { NITF, HTML, TEXT }

    /**
     * Markup is recognised in the two kilobytes after the prolog (XML declaration, comments, processing
     * instructions, a doctype with its internal subset), however long the prolog is: feeds put copyright notices
     * and entity declarations there.
     */
    private static final int SNIFF_CHARS = 2048;
    private static final String[] NITF_MARKERS = {"<nitf"};
    private static final String[] HTML_MARKERS = {"<!doctype html", "<html", "<head", "<body", "<article", "<div",
            "<p>", "<p ", "<meta", "<title"};

    private FormatDetector() {
    }

    static Format detect(String text, String fileName) {
        int start = Whitespace.skipLeading(text, 0, text.length());
        int end = Math.min(text.length(), afterProlog(text, start) + SNIFF_CHARS);
        int firstTag = text.indexOf('<', start);
        if (firstTag < 0 || firstTag >= end) {
            // every marker opens with '<', and so does markup at the start: most wire copy is told by this look
            return Format.TEXT;
        }
        Format markers = markersIn(text, firstTag, end);
        if (markers == Format.NITF) {
            return Format.NITF;
        }
        boolean startsWithMarkup = start < end && text.charAt(start) == '<';
        boolean htmlMarkers = markers == Format.HTML;
        if (startsWithMarkup && (htmlMarkers || matchesAt(text, start, end, "<?xml")
                || matchesAt(text, start, end, "<!"))) {
            return Format.HTML;
        }
        if (htmlMarkers && hasExtension(fileName, ".html", ".htm", ".xhtml")) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    /** Where the prolog that starts at {@code start} ends: {@code start} itself when the text opens otherwise. */
    private static int afterProlog(String text, int start) {
        int at = start;
        while (at < text.length() && text.charAt(at) == '<') {
            int next;
            if (text.startsWith("<?", at)) {
                next = endOf(text, "?>", at + 2);
            } else if (text.startsWith("<!--", at)) {
                next = endOf(text, "-->", at + 4);
            } else if (matchesAt(text, at, text.length(), "<!doctype")) {
                next = MarkupScan.afterDoctype(text, at);
            } else {
                return at;
            }
            if (next >= text.length()) {
                return start;
            }
            at = Whitespace.skipLeading(text, next, text.length());
        }
        return at;
    }

    private static int endOf(String text, String marker, int from) {
        int at = text.indexOf(marker, from);
        return at < 0 ? text.length() : at + marker.length();
    }

    /**
     * Which markers start at the '<' in {@code text[start, end)}, every marker opening with one: NITF when a NITF
     * marker is among them, wherever it is, else HTML when an HTML one is, else TEXT. Wire copy marks tickers with
     * angle brackets ("Standard Oil {@code <SRD>}"), so many a '<' is looked at: each once for both kinds, and the
     * character after it, lower-cased, rules out nearly every marker before a whole comparison.
     */
    private static Format markersIn(String text, int start, int end) {
        boolean html = false;
        for (int at = text.indexOf('<', start); at >= 0 && at + 1 < end; at = text.indexOf('<', at + 1)) {
            char next = AsciiCase.lower(text.charAt(at + 1));
            if (startsAny(text, at, end, next, NITF_MARKERS)) {
                return Format.NITF;
            }
            html = html || startsAny(text, at, end, next, HTML_MARKERS);
        }
        return html ? Format.HTML : Format.TEXT;
    }

    /** Whether one of {@code markers} starts at {@code at}, where the character after '<' is {@code next}. */
    private static boolean startsAny(String text, int at, int end, char next, String[] markers) {
        for (String marker : markers) {
            if (marker.charAt(1) == next && matchesAt(text, at, end, marker)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the lower-case ASCII {@code marker} is at {@code at}, ignoring the case of ASCII letters only: no
     * other character lower-cases to a letter of the markers, and unlike {@code regionMatches(true, ...)} this
     * does not take a dotless 'ı' for an 'i'.
     */
    private static boolean matchesAt(String text, int at, int end, String marker) {
        if (end - at < marker.length()) {
            return false;
        }
        for (int k = 0; k < marker.length(); k++) {
            if (AsciiCase.lower(text.charAt(at + k)) != marker.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasExtension(String fileName, String... extensions) {
        if (fileName == null) {
            return false;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (name.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }
}
