package dev.articleclassifier.cli.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page as a person sees it: loaded in a real headless Chromium against a seeded table, with the rendered
 * DOM checked and a screenshot saved in the build directory ({@code dashboard.png}). Skipped, with the reason,
 * where Debian's {@code chromium} package is not installed; the API tests run regardless.
 */
class DashboardBrowserTest {

    private static SeededTable seeded;
    private static Document dom;

    @BeforeAll
    static void loadPage() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.installed(), "no browser at " + HeadlessChromium.BINARY
                + ": install Debian's chromium package (.ci/run does) to run the dashboard's browser tests");
        seeded = new SeededTable();
        dom = Jsoup.parse(HeadlessChromium.dumpDom(page()));
    }

    @AfterAll
    static void stop() {
        if (seeded != null) {
            seeded.close();
        }
    }

    /** December 2015 per day, with the Kabul story's evidence open as after a click on its headline. */
    private static URI page() {
        return seeded.server.uri().resolve("/?from=2015-12-01&to=2015-12-31&per=day#article=" + SeededTable.kabulId());
    }

    @Test
    void page_listsTheSeededHeadlinesNewestFirst() {
        String[] headlines = dom.select("#latest .headline-link").eachText().toArray(String[]::new);

        assertEquals(Arrays.asList(SeededTable.HOSTILE, SeededTable.KENYA, SeededTable.MOSCOW, SeededTable.KABUL),
                Arrays.asList(headlines));
    }

    @Test
    void page_showsTagsOfEachLatestArticle() {
        Element kenyaRow = dom.select("#latest tr").get(1);

        assertTrue(kenyaRow.select(".tag.topic").eachText().contains("Disaster and accident"));
        assertTrue(kenyaRow.select(".tag.country").eachText().contains("Kenya"));
    }

    @Test
    void topicChart_drawsOneLinePerTopicWithArticles() {
        assertEquals(4, dom.select("#topics-chart svg polyline").size());
        assertTrue(dom.select("#topics-legend li").eachText().stream().anyMatch(t -> t.startsWith("Terrorism")));
    }

    @Test
    void regionChart_drawsContinents() {
        assertFalse(dom.select("#regions-chart svg polyline").isEmpty());
        assertTrue(dom.select("#regions-legend li").eachText().stream().anyMatch(t -> t.startsWith("Africa")));
    }

    @Test
    void worldBreakdown_countsEachContinent() {
        Element asia = dom.selectFirst("#world .continent[data-region=asia]");

        assertEquals("1", asia.selectFirst("h4 .count").text());
    }

    @Test
    void evidencePanel_showsTheTermsThatFired_forTheArticleInTheAddress() {
        Element panel = dom.selectFirst("#evidence .evidence");

        assertEquals(SeededTable.kabulId(), panel.attr("data-article-id"));
        assertTrue(panel.select(".term").eachText().contains("suicide bomber ×2"));
        assertTrue(panel.select(".term").eachText().contains("Kabul ×3"));
    }

    @Test
    void hostileHeadline_isShownAsText_notRunAsMarkup() {
        assertTrue(dom.select("#latest img, #latest script, #evidence img").isEmpty());
        assertFalse(dom.title().contains("pwned"));
    }

    @Test
    void page_reportsNoLoadError() {
        assertFalse(dom.selectFirst("#status").hasClass("error"), dom.selectFirst("#status").text());
    }

    @Test
    void screenshot_isSavedInTheBuildDirectory() throws Exception {
        Path png = buildDirectory().resolve("dashboard.png");

        HeadlessChromium.screenshot(page(), png, 1280, 900);

        assertTrue(Files.size(png) > 10_000, "screenshot too small to show the page: " + Files.size(png));
    }

    /** {@code target/} or wherever {@code -DbuildDir} put it: the parent of the compiled test classes. */
    private static Path buildDirectory() throws Exception {
        return Path.of(DashboardBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
    }
}
