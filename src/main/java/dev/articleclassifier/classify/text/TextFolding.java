package dev.articleclassifier.classify.text;

/**
 * Folds a character for matching: lower case and, for Latin letters, without accents, so that "Côte" matches
 * "Cote" and "ÉLYSÉE" matches "Elysee". A table covers Latin-1 and Latin Extended-A; other characters are only
 * lower-cased. Typographic apostrophes fold to the ASCII one.
 */
public final class TextFolding {

    private static final char[] TABLE = buildTable();

    private TextFolding() {
    }

    public static char fold(char c) {
        return c < TABLE.length ? TABLE[c] : Character.toLowerCase(c);
    }

    /** Folds a whole string (used when compiling rule terms, never on the hot path). */
    public static String fold(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(fold(s.charAt(i)));
        }
        return out.toString();
    }

    private static char[] buildTable() {
        char[] table = new char[0x250];
        for (char c = 0; c < table.length; c++) {
            table[c] = Character.toLowerCase(c);
        }
        map(table, "àáâãäåāăą", 'a');
        map(table, "çćĉċč", 'c');
        map(table, "ďđ", 'd');
        map(table, "èéêëēĕėęě", 'e');
        map(table, "ĝğġģ", 'g');
        map(table, "ĥħ", 'h');
        map(table, "ìíîïĩīĭįı", 'i');
        map(table, "ĵ", 'j');
        map(table, "ķ", 'k');
        map(table, "ĺļľŀł", 'l');
        map(table, "ñńņňŉ", 'n');
        map(table, "òóôõöøōŏő", 'o');
        map(table, "ŕŗř", 'r');
        map(table, "śŝşšș", 's');
        map(table, "ţťŧț", 't');
        map(table, "ùúûüũūŭůűų", 'u');
        map(table, "ŵ", 'w');
        map(table, "ýÿŷ", 'y');
        map(table, "źżž", 'z');
        return table;
    }

    private static void map(char[] table, String lowerAccented, char plain) {
        for (char c : lowerAccented.toCharArray()) {
            if (c < table.length) {
                table[c] = plain;
            }
            char upper = Character.toUpperCase(c);
            if (upper < table.length) {
                table[upper] = plain;
            }
        }
    }
}
