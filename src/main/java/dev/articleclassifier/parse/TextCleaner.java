package dev.articleclassifier.parse;

/**
 * Normalises characters that carry no meaning in a story: no-break and other odd spaces become plain spaces,
 * tabs become four spaces (they indent paragraphs in wire copy), and control and zero-width characters go.
 * One pass over the text.
 */
final class TextCleaner {

    private TextCleaner() {
    }

    /**
     * The cleaned text, and whether its only whitespace is ' ' and '\n': then the only untidy spacing a trimmed
     * line can hold is a run of spaces, which a search finds without reading every character again.
     */
    record Cleaned(String text, boolean plainSpaces) {
    }

    /**
     * Whether cleaning leaves {@code text} as it is, with no whitespace but ' ' and '\n', and the text holds no
     * character that {@link BinarySniffer#looksBinary} counts: then neither needs to read it. Printable ASCII with
     * line feeds is clean, and so is most other copy, where only letters and signs such as "é", "£" or curly
     * quotes lie outside ASCII.
     */
    static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isClean(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a text of characters such as {@code c} is {@link #isClean(String) clean}. */
    static boolean isClean(char c) {
        if ((c >= ' ' && c < 0x7F) || c == '\n') {
            return true;
        }
        // below 0xA0 are the control characters; U+FFFD marks bytes that were not text
        return c >= 0xA0 && c != '\uFFFD' && replacement(c) == null && !Character.isWhitespace(c);
    }

    /** As {@link #cleanChecked(String)}, told whether the text {@link #isClean is clean}, which then needs no look. */
    static Cleaned cleanChecked(String text, boolean clean) {
        return clean ? new Cleaned(text, true) : cleanChecked(text);
    }

    static Cleaned cleanChecked(String text) {
        StringBuilder out = null;
        int copied = 0;
        boolean plainSpaces = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7F || c == '\n') {
                continue;
            }
            String replacement = replacement(c);
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16);
                }
                out.append(text, copied, i).append(replacement);
                copied = i + 1;
            } else if (Character.isWhitespace(c)) {
                plainSpaces = false;
            }
        }
        return new Cleaned(out == null ? text : out.append(text, copied, text.length()).toString(), plainSpaces);
    }

    /** The replacement for a character, or null to keep it. */
    private static String replacement(char c) {
        if (c == '\t') {
            return "    ";
        }
        if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A') || c == '\u3000') {
            return " ";
        }
        if (c < ' ' || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u200B' || c == '\u200C' || c == '\u200D'
                || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
            return "";
        }
        return null;
    }
}
