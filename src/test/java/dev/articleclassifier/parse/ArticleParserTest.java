package dev.articleclassifier.parse;

import static dev.articleclassifier.parse.Fixtures.parse;
import static dev.articleclassifier.parse.Fixtures.parseText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private static final Path SAMPLE = Path.of("samples", "xinhua-russia-france-turkey-is.txt");

    private static Article sample() throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLE);
        return Fixtures.accepted(new ArticleParser(Fixtures.PLACES).parse(bytes, SAMPLE.getFileName().toString()));
    }

    @Test
    void parse_takesHeadline_whenWebCopyHasTickerAndNavigationAboveIt() throws IOException {
        assertEquals("Russia provides France with proof of Turkey's support for IS", sample().headline());
    }

    @Test
    void parse_findsAgency_whenBylineNamesXinhua() throws IOException {
        assertEquals("Xinhua", sample().agency());
    }

    @Test
    void parse_findsPublishedDate_whenBylineCarriesIt() throws IOException {
        assertEquals("2015-12-24", sample().published());
    }

    @Test
    void parse_keepsPageChromeOutOfBody_whenTextWasCopiedFromWebPage() throws IOException {
        Article article = sample();
        assertTrue(article.paragraphs().get(0).startsWith("Russia has provided France"), article.paragraphs().get(0));
        for (String chrome : List.of("Off the wire", "You are here", "Adjust font size", "•")) {
            assertFalse(article.body().contains(chrome), chrome);
        }
        String last = article.paragraphs().get(article.paragraphs().size() - 1);
        assertTrue(last.endsWith("anti-terror coalition."), last);
        assertEquals(7, article.paragraphs().size());
        // copied text declares no language; the classifier tells it from the words
        assertNull(article.language());
    }

    @Test
    void parse_liftsDatelineAndAgency_whenBodyOpensWithXinhuaDateline() {
        Article article = parse("wire-dateline-xinhua.txt");
        assertEquals(new Dateline("Moscow", "RU"), article.dateline());
        assertEquals("Xinhua", article.agency());
        assertTrue(article.paragraphs().get(0).startsWith("A passenger ferry line"), article.paragraphs().get(0));
        assertEquals(2, article.paragraphs().size());
    }

    @Test
    void parse_leavesPublishedNull_whenDatelineDayHasNoYear() {
        assertNull(parse("wire-dateline-xinhua.txt").published());
    }

    @Test
    void parse_rejoinsWrappedLines_whenWireCopyIndentsParagraphs() {
        Article article = parse("wire-wrapped-reuter.txt");
        assertEquals("BAHIA COCOA REVIEW", article.headline());
        assertEquals(List.of(
                "Light showers fell across the southern growing zone for most of the week, easing the dry spell "
                        + "that began early in the year and lifting hopes for the coming crop, traders said.",
                "The dry period had left young pods small, but exporters now expect shipments to recover by the "
                        + "second quarter.",
                "Warehouse arrivals rose to a modest total for the week, brokers added."), article.paragraphs());
    }

    @Test
    void parse_takesAgencyFromTrailer_whenOldCopyEndsWithReuter() {
        Article article = parse("wire-wrapped-reuter.txt");
        assertEquals("Reuters", article.agency());
        assertEquals(new Dateline("Salvador", "BR"), article.dateline());
    }

    @Test
    void parse_readsBylineAndDropsGluedEnd_whenAgencyPageWasCopied() {
        Article article = parse("web-copy-agency-page.txt");
        assertEquals("Coastal town opens solar-powered desalination plant", article.headline());
        assertEquals("Reuters", article.agency());
        assertEquals("2016-03-04", article.published());
        assertEquals(3, article.paragraphs().size());
        assertTrue(article.body().endsWith("if demand grows."), article.body());
    }

    @Test
    void parse_splitsParagraphsOnBlankLines_whenThereIsNoDateline() {
        Article article = parse("headline-then-paragraphs.txt");
        assertEquals("City council approves new bicycle lanes", article.headline());
        assertEquals(2, article.paragraphs().size());
        assertNull(article.dateline());
        assertNull(article.agency());
    }

    @Test
    void parse_acceptsHeadlineAndOneSentence_asArticle() {
        Article article = parseText("Stocks rally as oil slips\n\nWall Street rose on Monday as oil prices fell.");
        assertEquals("Stocks rally as oil slips", article.headline());
        assertEquals(List.of("Wall Street rose on Monday as oil prices fell."), article.paragraphs());
    }

    @Test
    void parse_acceptsSingleLineOfThreeWords_asHeadlineWithEmptyBody() {
        Article article = parseText("Parliament passes budget\n");
        assertEquals("Parliament passes budget", article.headline());
        assertEquals(List.of(), article.paragraphs());
    }

    @Test
    void parse_readsHtmlArticle_withoutScriptsNavigationOrAsides() {
        Article article = parse("page-with-chrome.html");
        assertEquals("Volcano eruption grounds flights across the region", article.headline());
        assertEquals("AFP", article.agency());
        assertEquals("2016-05-10T08:30:00+02:00", article.published());
        assertEquals(new Dateline("Reykjavik", "IS"), article.dateline());
        assertEquals(2, article.paragraphs().size(), article.body());
        assertTrue(article.paragraphs().get(0).startsWith("An ash cloud"), article.paragraphs().get(0));
        assertEquals("en", article.language());
    }

    @Test
    void parse_picksDensestParagraphBlock_whenPageHasNoArticleElement() {
        Article article = parse("page-densest-block.html");
        assertEquals("Grain prices climb on dry weather", article.headline());
        assertEquals("2017-07-03", article.published());
        assertEquals(3, article.paragraphs().size());
    }

    @Test
    void parse_takesHeadlineDateFromJsonLdAndAgencyFromBylineParagraph_whenPageHasNoMetaTags() {
        Article article = parse("page-json-ld-byline.html");
        assertEquals("Wind farm approved", article.headline(), "the structured data's headline, which the title holds");
        assertEquals("Tom Reed", article.byline());
        assertEquals("2018-09-14T06:00:00Z", article.published());
        assertEquals("Reuters", article.agency());
        assertEquals(2, article.paragraphs().size(), article.body());
        assertTrue(article.paragraphs().get(0).startsWith("Regulators approved"), article.paragraphs().get(0));
    }

    @Test
    void parse_readsHtml_whenFileNameSaysTxt() {
        byte[] html = Fixtures.bytes("page-with-chrome.html");
        Article article = Fixtures.accepted(new ArticleParser(Fixtures.PLACES).parse(html, "upload.txt"));
        assertEquals("AFP", article.agency());
    }

    @Test
    void parse_readsNitfFields() {
        Article article = parse("story.nitf.xml");
        assertEquals("Harbour bridge reopens after repairs", article.headline());
        assertEquals("Kyodo", article.agency());
        assertEquals("2016-06-12T09:30:00+09:00", article.published());
        assertEquals(new Dateline("Osaka", "JP"), article.dateline());
        assertEquals(2, article.paragraphs().size());
        assertTrue(article.paragraphs().get(0).startsWith("A harbour bridge"), article.paragraphs().get(0));
    }

    @Test
    void parse_readsFrenchWireCopy() {
        Article article = parse("french-wire.txt");
        assertEquals(new Dateline("Marseille", "FR"), article.dateline());
        assertEquals("AFP", article.agency());
    }

    @Test
    void parse_decodesEntities_whenPlainTextCarriesThem() {
        Article article = parseText("Shares of A&amp;B rise\n\nThe firm said &quot;sales grew&quot; and it&#39;s hiring.");
        assertEquals("Shares of A&B rise", article.headline());
        assertEquals("The firm said \"sales grew\" and it's hiring.", article.paragraphs().get(0));
    }

    @Test
    void parse_completesDatelineDate_whenBylineGivesYear() {
        Article article = parseText("Talks resume on fishing rights\nBy Ana Ruiz, Reuters, 2019\n\n"
                + "LONDON, March 4 (Reuters) - Talks on fishing rights resumed on Monday, officials said.");
        assertEquals("2019-03-04", article.published());
        assertEquals(new Dateline("London", "GB"), article.dateline());
    }

    @Test
    void parse_readsByline_whenItIsARowSeparatedByBars() {
        // Problem: a byline such as "Xinhua | 2015-12-24 | Editor: Li" was dropped as a ticker row. Fix: bylines are
        // recognised before page furniture.
        Article article = parseText("Budget vote delayed\nXinhua | 2015-12-24 | Editor: Li\n\nThe vote was delayed.");
        assertEquals("Xinhua", article.agency());
        assertEquals("2015-12-24", article.published());
        assertEquals(List.of("The vote was delayed."), article.paragraphs());
    }

    @Test
    void parse_readsBylineOverTwoLines_whenAuthorAndAgencyAreSeparate() {
        Article article = parseText("Rates on hold as inflation cools\nBy Jane Smith\nAssociated Press\n\n"
                + "WASHINGTON (AP) \u2014 The central bank held rates steady on Wednesday.\n\n###");
        assertEquals("AP", article.agency());
        assertEquals(new Dateline("Washington", "US"), article.dateline());
        assertEquals(List.of("The central bank held rates steady on Wednesday."), article.paragraphs());
    }

    @Test
    void parse_givesSameResults_whenCalledFromManyThreads() throws Exception {
        ArticleParser parser = new ArticleParser(Fixtures.PLACES);
        List<String> names = List.of("wire-dateline-xinhua.txt", "page-with-chrome.html", "story.nitf.xml",
                "wire-wrapped-reuter.txt", "french-wire.txt");
        List<ParseResult> expected = names.stream().map(n -> parser.parse(Fixtures.bytes(n), n)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int round = 0; round < 50; round++) {
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get(i);
                    ParseResult want = expected.get(i);
                    checks.add(pool.submit(() -> want.equals(parser.parse(Fixtures.bytes(name), name))));
                }
            }
            for (Future<Boolean> check : checks) {
                assertTrue(check.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
