package dev.articleclassifier.classify.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.classify.ArticleText;
import dev.articleclassifier.classify.CountryTag;
import dev.articleclassifier.classify.text.Vocabulary;
import dev.articleclassifier.parse.Article;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gazetteer shipped with the classifier: wire datelines of the 1980s and today, and phrases that name no place. */
class BundledGazetteerTest {

    private static final Vocabulary VOCABULARY = new Vocabulary();
    private static final Gazetteer GAZETTEER = load();

    private static Gazetteer load() {
        try (InputStream in = BundledGazetteerTest.class.getResourceAsStream(
                "/dev/articleclassifier/classify/gazetteer.jsonc")) {
            return GazetteerLoader.load(in.readAllBytes(), "gazetteer.jsonc", VOCABULARY);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> codes(String headline, String... paragraphs) {
        Article article = new Article(headline, null, null, null, List.of(paragraphs), "en");
        return new CountryScorer(GAZETTEER).score(ArticleText.of(article, VOCABULARY), null).countries().stream()
                .map(CountryTag::code).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Portland, Ore.       | US",
            "Hauppauge, N.Y.      | US",
            "Dublin, Calif.       | US",
            "St. Petersburg, Fla. | US",
            "St. Petersburg       | RU",
            "Dublin               | IE",
            "London, Ont.         | CA",
            "Taupo, New Zealand   | NZ",
            "The Hague            | NL",
            "Wellington           | NZ",
            "Sofia                | BG",
            "Jackson              | US"})
    void countryOf_resolvesWireDateline(String place, String country) {
        assertEquals(country, GAZETTEER.countryOf(place).orElseThrow(), place);
    }

    @Test
    void countryOf_refusesWeakName_thatIsNoCapital() {
        assertTrue(GAZETTEER.countryOf("Georgia").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Latin American debt talks resume | Latin American banks met creditors.",
            "Storm in the Gulf of Mexico      | Rigs in the Gulf of Mexico were shut.",
            "Tender set as Dutch auction      | The company will buy back shares in a Dutch auction.",
            "Jackson wins award               | Michael Jackson and Charlotte Rampling won awards."})
    void score_findsNoCountry_inPhraseThatNamesNoPlace(String headline, String body) {
        assertEquals(List.of(), codes(headline, body));
    }

    @Test
    void score_findsGermany_fromHistoricNamesAndInstitutions() {
        assertEquals(List.of("DE"), codes("Bundesbank holds rates", "West German bankers in Bonn said the mark held."));
    }
}
