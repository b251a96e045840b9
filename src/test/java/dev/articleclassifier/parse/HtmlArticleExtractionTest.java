package dev.articleclassifier.parse;

import static dev.articleclassifier.parse.Fixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractionTest {

    @Test
    void parse_keepsEveryStoryParagraph_whenStoryIsSplitOverSiblingContainers() {
        Article article = parse("page-story-split-over-sibling-containers.html");
        List<String> paragraphs = article.paragraphs();
        assertEquals(5, paragraphs.size(), article.body());
        assertTrue(paragraphs.get(0).startsWith("Ferries began crossing"), paragraphs.get(0));
        assertTrue(paragraphs.get(4).startsWith("The next scheduled review"), paragraphs.get(4));
    }

    @Test
    void parse_leavesOutLinkListsSidebarsAndComments_whenTheySitBesideTheStory() {
        String body = parse("page-story-split-over-sibling-containers.html").body();
        for (String furniture : List.of("Storm damages main pier", "Most read", "Local team wins", "Great news",
                "Advertisement", "Copyright", "Maria Lopes")) {
            assertFalse(body.contains(furniture), furniture);
        }
    }

    @Test
    void parse_keepsEveryStep_whenStoryIsCutIntoStepsEachInItsOwnContainer() {
        Article article = parse("page-story-in-step-containers.html");
        assertEquals(4, article.paragraphs().size(), article.body());
        assertTrue(article.paragraphs().get(3).startsWith("Cover the bed"), article.body());
        assertFalse(article.body().contains("newsletter"), article.body());
    }

    @Test
    void parse_readsBylineSiteAndCanonicalUrl_whenPagePrintsThemInMarkup() {
        Article article = parse("page-story-split-over-sibling-containers.html");
        assertEquals("Ferry service resumes across the strait", article.headline());
        assertEquals("Maria Lopes", article.byline());
        assertEquals("Harbour Herald", article.site());
        assertEquals("https://www.harbourherald.example/news/2021/03/ferry-service-resumes", article.url());
    }

    @Test
    void parse_takesAuthorsPublisherAndAddressFromJsonLd_whenGraphHoldsTheNewsArticle() {
        Article article = parse("page-json-ld-authors-publisher.html");
        assertEquals("Glacier retreat speeds up, survey finds", article.headline());
        assertEquals("Anna Berg, Olav Dahl", article.byline());
        assertEquals("Northern Daily", article.site());
        assertEquals("https://northerndaily.example/world/glacier-retreat", article.url());
        assertTrue(article.published().startsWith("2022-08-19"), article.published());
        assertEquals(2, article.paragraphs().size(), article.body());
    }

    @Test
    void parse_keepsTheAgency_whenPageIsFromAWireServiceSite() {
        Article article = parse("page-from-wire-service-site.html");
        assertEquals("Reuters", article.agency());
        assertEquals("Reuters", article.site());
        assertEquals("Peter Hall", article.byline());
        assertEquals("Central bank holds rates steady", article.headline());
    }

    @Test
    void parse_readsByline_whenWireTextOpensWithAByLine() {
        Article article = parse("wire-by-line-author.txt");
        assertEquals("John Smith and Lena Ortiz", article.byline());
        assertTrue(article.paragraphs().get(0).startsWith("Heavy snow"), article.paragraphs().get(0));
        assertNull(article.site());
        assertNull(article.url());
    }

    @Test
    void parse_takesReportersFromTheCreditLine_whenWireStoryHasNoByLine() {
        Article article = Fixtures.parseText("Central bank cuts rates\n\nThe central bank cut its main rate on Wednesday."
                + "\n\n(Reporting by Ana Ribeiro in Brasilia and Li Wei; Editing by Tom Hale)");
        assertEquals("Ana Ribeiro and Li Wei", article.byline());
    }

    @Test
    void parse_readsThePersonOfANitfByline_withoutTheWritersTitle() {
        assertEquals("Claire Dubois", parse("story-byline-person.nitf.xml").byline());
    }

    @Test
    void parse_leavesBylineEmpty_whenNitfBylineNamesNoPerson() {
        // "By a staff writer, Kyodo": a role and an agency, nobody's name
        assertNull(parse("story.nitf.xml").byline());
    }
}
