package dev.articleclassifier.classify.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseDictionaryTest {

    private static List<String> matches(String text, Object... termsAndModes) {
        Vocabulary vocabulary = new Vocabulary();
        PhraseDictionary.Builder builder = PhraseDictionary.builder(vocabulary).exactInShoutingLines(false);
        for (int i = 0; i < termsAndModes.length; i += 2) {
            builder.add((String) termsAndModes[i], (CaseMode) termsAndModes[i + 1]);
        }
        PhraseDictionary dictionary = builder.build();
        TokenizedText tokens = Tokenizer.tokenize(text, vocabulary);
        List<String> found = new ArrayList<>();
        dictionary.match(tokens, (phrase, first, length) -> found.add(dictionary.text(phrase)));
        return found;
    }

    @Test
    void match_prefersLongestPhrase_whenPhrasesOverlap() {
        assertEquals(List.of("Papua New Guinea", "Guinea"),
                matches("Papua New Guinea and Guinea signed", "Guinea", CaseMode.CAPITALIZED,
                        "Papua New Guinea", CaseMode.CAPITALIZED));
    }

    @Test
    void match_findsAcronymOnlyInCapitals_whenTermIsExact() {
        assertEquals(List.of("IS"), matches("This is what IS fighters said", "IS", CaseMode.EXACT));
    }

    @Test
    void match_ignoresExactTerms_inShoutedLine() {
        // Problem: "CHINA IS ..." headlines tagged the Islamic State. Fix: exact-case terms skip all-caps lines.
        assertEquals(List.of(), matches("CHINA IS READY TO TALK\nnothing here", "IS", CaseMode.EXACT));
    }

    @Test
    void match_requiresCapital_whenNameIsCapitalized() {
        assertEquals(List.of("Turkey"),
                matches("They ate turkey in Turkey", "Turkey", CaseMode.CAPITALIZED));
    }

    @Test
    void match_acceptsShoutedName_whenNameIsCapitalized() {
        assertEquals(List.of("Turkey"), matches("TURKEY RAISES RATES", "Turkey", CaseMode.CAPITALIZED));
    }

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource({
            "bomb, Two bombs exploded",
            "city, Three cities flooded",
            "crash, Two crashes reported",
            "tax, New taxes announced",
            "Côte d'Ivoire, Cote d'Ivoire votes",
            "U.S., the U.S. economy",
    })
    void match_foldsPluralsAndAccents(String term, String text) {
        assertEquals(List.of(term), matches(text, term, CaseMode.INSENSITIVE));
    }

    @Test
    void match_keepsWordsEndingInUsOrIs_whole() {
        assertEquals(List.of(), matches("a virus crisis", "viru", CaseMode.INSENSITIVE, "crisi", CaseMode.INSENSITIVE));
    }

    @Test
    void match_reportsEachCaseMode_whenSameWordsMatchTwice() {
        // Problem: an exact "AIDS" term of one topic never fired beside a folded "aid" term of another.
        // Fix: phrases of equal length matching at the same place are all reported.
        assertEquals(List.of("aid", "AIDS"), matches("AIDS funding grows", "aid", CaseMode.INSENSITIVE, "AIDS", CaseMode.EXACT));
    }

    @Test
    void match_doesNotMatchAcrossPartialWords() {
        assertEquals(List.of(), matches("terrorists of Nigeria", "terror", CaseMode.INSENSITIVE, "Niger", CaseMode.CAPITALIZED));
    }

    @Test
    void match_findsOneWordTerm_whenNextWordStartsNoLongerTerm() {
        assertEquals(List.of("bank", "bank of England", "bank rate"),
                matches("the bank said the bank of England kept the bank rate", "bank", CaseMode.INSENSITIVE,
                        "bank of England", CaseMode.INSENSITIVE, "bank rate", CaseMode.INSENSITIVE));
    }

    @Test
    void match_findsEveryLongerTerm_whenManyShareTheFirstWord() {
        // more second words than the per-word filter has bits: colliding ones must still be tried
        List<Object> terms = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            terms.add("new w" + i);
            terms.add(CaseMode.INSENSITIVE);
        }
        terms.add("new");
        terms.add(CaseMode.INSENSITIVE);
        assertEquals(List.of("new w0", "new w77", "new", "new w149", "new"),
                matches("new w0 new w77 new thing new w149 new", terms.toArray()));
    }

    @Test
    void match_reportsEveryPhraseOfTheLongestLength_afterLongerMisses() {
        assertEquals(List.of("turkey", "Turkey"),
                matches("Turkey said", "turkey talks", CaseMode.INSENSITIVE, "turkey", CaseMode.INSENSITIVE,
                        "Turkey", CaseMode.CAPITALIZED));
    }

    @Test
    void match_findsPhrase_atTheEndOfTheText() {
        assertEquals(List.of("Papua New Guinea"),
                matches("they flew to Papua New Guinea", "Papua New Guinea", CaseMode.CAPITALIZED,
                        "Papua", CaseMode.CAPITALIZED, "Papua New", CaseMode.CAPITALIZED));
    }

    @Test
    void match_reportsEveryMatch_whenASinkMatchesAnotherText() {
        Vocabulary vocabulary = new Vocabulary();
        PhraseDictionary.Builder builder = PhraseDictionary.builder(vocabulary);
        builder.add("alpha", CaseMode.INSENSITIVE);
        builder.add("beta", CaseMode.INSENSITIVE);
        PhraseDictionary dictionary = builder.build();
        TokenizedText outer = Tokenizer.tokenize("alpha x x beta x x beta", vocabulary);
        TokenizedText inner = Tokenizer.tokenize("beta beta beta beta beta beta beta", vocabulary);
        List<Integer> found = new ArrayList<>();
        dictionary.match(outer, (phrase, first, length) -> {
            found.add(first);
            dictionary.match(inner, (p, f, l) -> { });
        });
        assertEquals(List.of(0, 3, 6), found);
    }

    @Test
    void match_findsTheSamePhrases_inTokensIdentifiedBeforeAndAfterTheDictionaryWasBuilt() {
        Vocabulary vocabulary = new Vocabulary();
        PhraseDictionary first = build(vocabulary);
        String text = "Talks on Gaza and Papua New Guinea: the IS claim, then Guinea and NATO";
        // identified now, these tokens carry the phrase starts of the first dictionary only
        TokenizedText before = Tokenizer.tokenize(text, vocabulary);
        PhraseDictionary second = build(vocabulary);
        TokenizedText after = Tokenizer.tokenize(text, vocabulary);
        List<String> expected = List.of("Gaza", "Papua New Guinea", "IS", "Guinea", "NATO");
        assertEquals(expected, found(first, before));
        assertEquals(expected, found(second, before));
        assertEquals(expected, found(first, after));
        assertEquals(expected, found(second, after));
    }

    private static PhraseDictionary build(Vocabulary vocabulary) {
        PhraseDictionary.Builder builder = PhraseDictionary.builder(vocabulary);
        builder.add("Gaza", CaseMode.CAPITALIZED);
        builder.add("Guinea", CaseMode.CAPITALIZED);
        builder.add("Papua New Guinea", CaseMode.CAPITALIZED);
        builder.add("IS", CaseMode.EXACT);
        builder.add("NATO", CaseMode.EXACT);
        return builder.build();
    }

    private static List<String> found(PhraseDictionary dictionary, TokenizedText tokens) {
        List<String> found = new ArrayList<>();
        dictionary.match(tokens, (phrase, first, length) -> found.add(dictionary.text(phrase)));
        return found;
    }
}
