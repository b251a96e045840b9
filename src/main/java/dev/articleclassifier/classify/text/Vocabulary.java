package dev.articleclassifier.classify.text;

/**
 * The words that rule terms and gazetteer names are made of, each with an id, in two spaces: folded words
 * (lower case, accents removed, plurals reduced: "Bombs" and "bomb" are one word) and exact words for
 * case-sensitive terms ("IS", "US"). Every dictionary of one classifier shares one vocabulary, so each document
 * is looked up once, whatever the number of dictionaries.
 *
 * <p>Plural reduction is a light, predictable rule applied to words of four letters or more: "-ies" becomes
 * "-y"; "-sses", "-xes", "-ches", "-shes" lose "-es"; any other trailing "s" is dropped unless the word ends in
 * "ss", "us" or "is". It is applied to rule terms and text alike, so both sides always agree.
 */
public final class Vocabulary {

    private final KeyTable folded = new KeyTable();
    private final KeyTable exact = new KeyTable();

    /** Id of a folded word, adding it; {@code word} is one token of a term, not yet folded. */
    int foldedId(String word) {
        char[] chars = word.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = TextFolding.fold(chars[i]);
        }
        int end = pluralEnd(chars, 0, chars.length);
        return folded.intern(chars, 0, end, extraFor(chars, end, chars.length));
    }

    /** Id of an exact (case-sensitive) word, adding it. */
    int exactId(String word) {
        char[] chars = word.toCharArray();
        return exact.intern(chars, 0, chars.length, (char) 0);
    }

    /** Sets the vocabulary ids of every token (-1 where the word is in no term). */
    public void assign(TokenizedText text) {
        boolean anyExact = exact.size() > 0;
        for (int t = 0; t < text.size; t++) {
            int from = text.start[t];
            int to = text.end[t];
            int end = pluralEnd(text.folded, from, to);
            text.foldId[t] = folded.find(text.folded, from, end, extraFor(text.folded, end, to));
            // exact words are a few hundred acronyms and names: most capitalised tokens fail the shape test
            text.exactId[t] = anyExact && (text.flags[t] & TokenizedText.HAS_UPPER) != 0
                    && exact.mayContain(text.text, from, to) ? exact.find(text.text, from, to, (char) 0) : -1;
        }
    }

    /** Where the singular stem ends; see the class comment. "-ies" stops before "ies" (then "y" is appended). */
    private static int pluralEnd(char[] a, int from, int to) {
        int length = to - from;
        if (length < 4 || a[to - 1] != 's') {
            return to;
        }
        char before = a[to - 2];
        if (before == 's' || before == 'u' || before == 'i') {
            return to;
        }
        if (before == 'e') {
            char third = a[to - 3];
            if (third == 'i' && length > 4) {
                return to - 3;
            }
            if (third == 'x' || (third == 's' && a[to - 4] == 's')
                    || (third == 'h' && (a[to - 4] == 'c' || a[to - 4] == 's'))) {
                return to - 2;
            }
        }
        return to - 1;
    }

    private static char extraFor(char[] a, int stemEnd, int to) {
        return to - stemEnd == 3 && a[stemEnd] == 'i' ? 'y' : 0;
    }
}
