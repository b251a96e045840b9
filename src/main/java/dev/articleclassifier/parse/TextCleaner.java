package dev.articleclassifier.parse;

/**
 * Normalises characters that carry no meaning in a story: no-break and other odd spaces become plain spaces,
 * tabs become four spaces (they indent paragraphs in wire copy), and control and zero-width characters go.
 * One pass over the text.
 */
final class TextCleaner {

    private TextCleaner() {
    }

    static String clean(String text) {
        StringBuilder out = null;
        int copied = 0;
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
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
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
