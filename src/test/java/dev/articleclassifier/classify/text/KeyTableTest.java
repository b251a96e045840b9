package dev.articleclassifier.classify.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyTableTest {

    private static int intern(KeyTable table, String word) {
        return table.intern(word.toCharArray(), 0, word.length(), (char) 0);
    }

    private static int find(KeyTable table, String word) {
        return table.find(word.toCharArray(), 0, word.length(), (char) 0);
    }

    @Test
    void find_returnsEveryInternedWord_afterTheTableGrows() {
        KeyTable table = new KeyTable();
        for (int i = 0; i < 5000; i++) {
            assertEquals(i, intern(table, "w" + i));
        }
        for (int i = 0; i < 5000; i++) {
            assertEquals(i, find(table, "w" + i));
            assertTrue(table.mayContain(("w" + i).toCharArray(), 0, ("w" + i).length()));
        }
        assertEquals(-1, find(table, "w5000"));
        assertEquals(-1, find(table, "w"));
    }

    @Test
    void find_appendsTheExtraCharacter_toTheRange() {
        KeyTable table = new KeyTable();
        int city = intern(table, "city");
        char[] text = "the cities".toCharArray();
        // "cities" stemmed: "cit" plus the extra 'y'
        assertEquals(city, table.find(text, 4, 7, 'y'));
        assertEquals(-1, table.find(text, 4, 7, 'x'));
        assertEquals(city, intern(table, "cit" + "y"));
    }

    @Test
    void mayContain_isFalse_forAWordOfAnotherShape() {
        KeyTable table = new KeyTable();
        intern(table, "IS");
        assertEquals(false, table.mayContain("Turkey".toCharArray(), 0, 6));
    }

    @Test
    void find_foldsProbeCharacters_inAFoldingTable() {
        KeyTable table = new KeyTable(true);
        int cote = intern(table, "Côte");
        assertEquals(cote, find(table, "COTE"));
        assertEquals(cote, find(table, "cote"));
        assertEquals(-1, find(table, "cotes"));
    }
}
