package dev.articleclassifier.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The bundled rules on stories where a word of one topic appears in a story about another: the topics a reader
 * would give are tagged, the look-alikes are not. Each story was written for this test.
 */
class BundledTopicDecisionsTest {

    private static final DocumentClassifier CLASSIFIER = DocumentClassifier.bundled();

    private static List<String> topics(String story) {
        return CLASSIFIER.classify(story.getBytes(StandardCharsets.UTF_8), "story.txt").classification().topics()
                .stream().map(TopicTag::id).toList();
    }

    @Test
    void seedStory_isTerrorismAndDiplomacy_notEconomy() throws IOException {
        // Problem: "financing", "shares", "sold" and "capital" (the Russian capital) tagged the seed economy.
        List<String> topics = topics(Files.readString(Path.of("samples/xinhua-russia-france-turkey-is.txt")));
        assertEquals("terrorism", topics.get(0));
        assertTrue(topics.contains("diplomacy"), topics.toString());
        assertFalse(topics.contains("economy"), topics.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // Problem: "president" counted as diplomacy evidence.
            "IBM names new president for Rolm unit | IBM said on Monday it named a new president of its Rolm "
                    + "telephone unit, which makes office switching equipment. The unit's sales rose last year. | "
                    + "science-technology | diplomacy",
            // Problem: a company's "talks" counted as diplomacy.
            "Frontier Insurance in acquisition talks | Frontier Insurance Group said it was in talks to acquire a "
                    + "smaller insurer for about 40 mln dlrs in cash and shares. | economy | diplomacy",
            // Problem: a quake's "landslide" counted as elections evidence.
            "Strong quake triggers landslide in mountain villages | A strong earthquake triggered a landslide that "
                    + "buried homes in three villages, killing at least 12 people, rescue officials said. | "
                    + "disaster | elections",
            // Problem: "Michigan General" (a hospital) counted as armed conflict evidence.
            "Michigan General Hospital opens new cancer wing | Michigan General said the new wing would treat "
                    + "2,000 cancer patients a year with the latest radiation therapy. | health | armed-conflict",
            "Takeover battle for brewer heats up | Two rival bidders raised their offers for the brewer, pushing "
                    + "its shares to a record as the takeover battle went into a third week. | economy | armed-conflict",
            "Airlines start a price war on transatlantic routes | Three airlines cut fares by up to 30 percent, "
                    + "starting a price war that analysts said would hurt profits this year. | economy | armed-conflict",
            "New computer virus spreads through e-mail | A computer virus that spreads through e-mail attachments "
                    + "infected thousands of office computers, software security firms said. | "
                    + "science-technology | health",
            "Peace talks resume between the two governments | Foreign ministers of the two countries resumed "
                    + "peace talks in Geneva on Monday, with a United Nations envoy mediating. | diplomacy | economy",
            // Problem: "tobacco" weighed as a health term in a tobacco company's business news.
            "Lakeside Tobacco to sell leaf unit | Lakeside Tobacco Corp said it agreed to sell its leaf tobacco "
                    + "processing unit to investors for 120 mln dlrs in cash and will use the proceeds to repay bank "
                    + "loans. The company will keep its cigarette brands. Its tobacco shares rose. The sale is "
                    + "expected to close in the third quarter and will add to fiscal year earnings. | economy | health",
            // Problem: the EU's name counted as diplomacy evidence in a story about its accounts.
            "Auditors criticise EU farm spending | The European Union's auditors refused to approve the EU "
                    + "accounts, saying billions of euros of EU farm subsidies were paid on faulty claims. | "
                    + "economy | diplomacy",
    })
    void lookAlikeWord_doesNotTagItsTopic(String headline, String body, String expected, String notExpected) {
        List<String> topics = topics(headline + "\n\n" + body + "\n");
        assertEquals(expected, topics.get(0), topics.toString());
        assertFalse(topics.contains(notExpected), topics.toString());
    }

    @Test
    void countryNamesAndLeaders_neverMakeADiplomacyStoryOnTheirOwn() {
        // Problem: "Chirac", "French", "Japan", "Iran" counted as diplomacy evidence.
        List<String> topics = topics("Chirac opens French wine fair\n\nPresident Jacques Chirac opened the French wine "
                + "fair in Paris, where growers from Japan and Iran showed their vintages beside French houses.\n");
        assertFalse(topics.contains("diplomacy"), topics.toString());
    }

    @Test
    void navyStrikeOnOilPlatform_isArmedConflict_notTerrorism() {
        // Problem: a navy's "attack" on an oil platform was tagged terrorism.
        List<String> topics = topics("US Navy shells Iranian oil platform in the Gulf\n\nUS Navy warships shelled an "
                + "Iranian oil platform in the Gulf on Monday in an attack the Pentagon called a response to Iranian "
                + "missile fire on a tanker. Iranian forces on the platform were warned before the shelling began.\n");
        assertEquals("armed-conflict", topics.get(0), topics.toString());
        assertFalse(topics.contains("terrorism"), topics.toString());
    }

    @Test
    void electionCampaignInAPoliticsStory_isAlsoElections() {
        // Problem: party, leader and parliament words all vote for politics, so a campaign's own words were too
        // small a share of the strongest topic's score (19% of the 25% a further topic needs) and election
        // coverage lost its "elections" tag.
        List<String> topics = topics("Labour and Tories trade blows in the Commons\n\nThe prime minister and the "
                + "opposition leader clashed in the Commons on Wednesday over the government's plans for the civil "
                + "service, in a session MPs said was the angriest of the parliament.\n\nThe Conservative leader "
                + "accused cabinet ministers of misleading parliament, and Liberal Democrat MPs demanded a vote on "
                + "the plans. The home secretary defended the legislation, and Labour backbenchers said the party "
                + "would support it. With a general election expected in May, both parties are already "
                + "campaigning, and voters will judge the plans on polling day.\n");
        assertEquals(List.of("politics", "elections"), topics.subList(0, 2), topics.toString());
    }
}
