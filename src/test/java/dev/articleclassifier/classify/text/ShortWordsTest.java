package dev.articleclassifier.classify.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShortWordsTest {

    @Test
    void pack_givesDifferentNumbers_toWordsThatDifferOnlyByLeadingCharacters() {
        // a code of 0 would make "a" and "0a" (or "" and "0") collide; codes start at 1
        Set<Long> keys = new HashSet<>();
        for (String word : new String[]{"a", "0a", "00a", "0", "00", "aa", "b", "ab", "ba", "z9", "9z", "1"}) {
            long key = ShortWords.pack(word);
            assertNotEquals(-1, key, word);
            keys.add(key);
        }
        assertEquals(12, keys.size());
    }

    @Test
    void pack_refusesWords_tooLongOrWithOtherCharacters() {
        assertNotEquals(-1, ShortWords.pack("governance"));
        assertEquals(-1, ShortWords.pack("governments"));
        assertEquals(-1, ShortWords.pack("côte"));
        assertEquals(-1, ShortWords.pack("Bank"));
        assertEquals(-1, ShortWords.pack(""));
    }

    @Test
    void dropLastAndAppend_agreeWithPackingTheStem() {
        long cities = ShortWords.pack("cities");
        long city = ShortWords.append(ShortWords.dropLast(cities, 3), ShortWords.code('y'));
        assertEquals(ShortWords.pack("city"), city);
        assertEquals(ShortWords.pack("bomb"), ShortWords.dropLast(ShortWords.pack("bombs"), 1));
    }

    @Test
    void get_findsEveryWordPut_afterTheTableGrows() {
        ShortWords table = new ShortWords();
        for (int i = 0; i < 5000; i++) {
            table.put(ShortWords.pack("w" + i), i);
        }
        for (int i = 0; i < 5000; i++) {
            assertEquals(i, table.get(ShortWords.pack("w" + i)));
        }
        assertEquals(-1, table.get(ShortWords.pack("w5000")));
        assertEquals(-1, table.get(ShortWords.pack("w")));
    }

    @Test
    void info_keepsId_marks_andExactWordFlag_apart_whateverOrderTheyAreSet() {
        ShortWords table = new ShortWords();
        long is = ShortWords.pack("is");
        table.mark(is, 0b101);
        table.markExactWord(is);
        table.put(is, 4242);
        table.mark(is, 0b10);
        long info = table.info(is);
        assertEquals(4242, ShortWords.id(info));
        assertEquals(0b111, ShortWords.marks(info));
        assertTrue(ShortWords.isExactWord(info));

        long said = ShortWords.pack("said");
        table.put(said, 7);
        assertEquals(7, ShortWords.id(table.info(said)));
        assertEquals(0, ShortWords.marks(table.info(said)));
        assertFalse(ShortWords.isExactWord(table.info(said)));
    }

    @Test
    void info_ofAWordWithoutEntry_hasNoId_marksOrExactWord() {
        long info = new ShortWords().info(ShortWords.pack("absent"));
        assertEquals(-1, ShortWords.id(info));
        assertEquals(0, ShortWords.marks(info));
        assertFalse(ShortWords.isExactWord(info));
    }

    @Test
    void markAndExactWord_areKept_whenTheWordTheyAddGrowsTheTable() {
        // the table of 1,024 slots grows when its 820th word comes, and doubles each time it is four fifths full
        for (int before : new int[]{819, 1638, 3276}) {
            ShortWords table = new ShortWords();
            for (int i = 0; i < before; i++) {
                table.put(ShortWords.pack("w" + i), i);
            }
            long marked = ShortWords.pack("marked");
            table.mark(marked, 5);
            long exact = ShortWords.pack("nato");
            table.markExactWord(exact);
            assertEquals(5, ShortWords.marks(table.info(marked)), "after " + before + " words");
            assertTrue(ShortWords.isExactWord(table.info(exact)), "after " + before + " words");
            assertEquals(before - 1, table.get(ShortWords.pack("w" + (before - 1))));
        }
    }

    @Test
    void get_findsNoEntry_forAnAbsentWordWhosePresenceBitAnotherWordSet() {
        ShortWords table = new ShortWords();
        for (int i = 0; i < 5000; i++) {
            table.put(ShortWords.pack("w" + i), i);
        }
        // an absent word sharing a present word's bit passes the filter and must be refused by the table itself
        long present = ShortWords.pack("w123");
        long absent = -1;
        for (int i = 0; absent < 0; i++) {
            long candidate = ShortWords.pack("x" + i);
            if (ShortWords.presenceBit(candidate) == ShortWords.presenceBit(present)) {
                absent = candidate;
            }
        }
        assertEquals(-1, table.get(absent));
        assertEquals(123, table.get(present));
    }
}
