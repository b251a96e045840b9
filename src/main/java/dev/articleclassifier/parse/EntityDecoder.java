package dev.articleclassifier.parse;

import org.jsoup.nodes.Entities;

/**
 * Decodes HTML character references left in plain text ("&amp;", "&quot;", "&#39;", "&#x2014;"), which text copied
 * out of content systems often carries. Only complete references ending in ';' are decoded, so "AT&T" and
 * "R&D" stay as written. Numeric references in the C1 range are read as Windows-1252, as browsers do, and
 * references to control characters (old wire copy ends with "&#3;") are dropped.
 */
final class EntityDecoder {

    private static final int MAX_NAME = 32;
    private static final String WINDOWS_1252_C1 =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private EntityDecoder() {
    }

    /**
     * The text with its references decoded; the text itself when it has none, so that a caller can tell by
     * identity that what it knows of the text still holds ("AT&T" alone is no reason to read the text again).
     */
    static String decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        while (amp >= 0) {
            int semi = text.indexOf(';', amp + 1);
            if (semi > amp + 1 && semi - amp <= MAX_NAME) {
                String replacement = resolve(text.substring(amp + 1, semi));
                if (replacement != null) {
                    if (out == null) {
                        out = new StringBuilder(text.length());
                    }
                    out.append(text, copied, amp).append(replacement);
                    copied = semi + 1;
                }
            }
            amp = text.indexOf('&', Math.max(amp + 1, copied));
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static String resolve(String name) {
        if (name.charAt(0) == '#') {
            return numeric(name);
        }
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isLetterOrDigit(name.charAt(i))) {
                return null;
            }
        }
        return Entities.isNamedEntity(name) ? Entities.getByName(name) : null;
    }

    private static String numeric(String name) {
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        String digits = name.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 7) {
            return null;
        }
        int codePoint;
        try {
            codePoint = Integer.parseInt(digits, hex ? 16 : 10);
        } catch (NumberFormatException e) {
            return null;
        }
        if (codePoint >= 0x80 && codePoint <= 0x9F) {
            return String.valueOf(WINDOWS_1252_C1.charAt(codePoint - 0x80));
        }
        if (codePoint < 0x20 && codePoint != '\n' && codePoint != '\t') {
            return "";
        }
        if (!Character.isValidCodePoint(codePoint) || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            return null;
        }
        return new String(Character.toChars(codePoint));
    }
}
