package dev.articleclassifier.parse;

import java.util.Locale;

/**
 * Decides how to read a decoded file: as NITF XML, as an HTML page, or as plain wire text. The content decides;
 * the file name is only a hint for markup the content alone leaves open, because desks save files under
 * whatever extension their tool picked.
 */
final class FormatDetector {

    enum Format { NITF, HTML, TEXT }

    /** Markup is recognised in the opening of the file; two kilobytes hold any prolog and doctype. */
    private static final int SNIFF_CHARS = 2048;
    private static final String[] HTML_MARKERS = {"<!doctype html", "<html", "<head", "<body", "<article", "<div",
            "<p>", "<p ", "<meta", "<title"};

    private FormatDetector() {
    }

    static Format detect(String text, String fileName) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        String head = text.substring(start, Math.min(text.length(), start + SNIFF_CHARS)).toLowerCase(Locale.ROOT);
        if (head.contains("<nitf")) {
            return Format.NITF;
        }
        boolean startsWithMarkup = head.startsWith("<");
        boolean htmlMarkers = containsAny(head, HTML_MARKERS);
        if (startsWithMarkup && (htmlMarkers || head.startsWith("<?xml") || head.startsWith("<!"))) {
            return Format.HTML;
        }
        if (htmlMarkers && hasExtension(fileName, ".html", ".htm", ".xhtml")) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    private static boolean containsAny(String head, String[] markers) {
        for (String marker : markers) {
            if (head.contains(marker)) {
                return true;
            }
        }
        return false;
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
