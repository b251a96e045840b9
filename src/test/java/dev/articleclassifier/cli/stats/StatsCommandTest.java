package dev.articleclassifier.cli.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.cli.CommandRun;
import dev.articleclassifier.cli.SeededArticles;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code stats} against a table on the emulators seeded with {@link SeededArticles#STORIES}. */
class StatsCommandTest {

    private static SeededArticles table;

    @BeforeAll
    static void seed() {
        table = SeededArticles.seeded();
    }

    @Test
    void stats_countsTopicsPerDay_matchingTheSeededStories() {
        CommandRun run = table.run("stats", "--from", "2015-12-01", "--to", "2015-12-31", "--format", "csv");

        assertEquals(0, run.status(), run.err());
        List<String> lines = run.lines();
        assertEquals("day,terrorism,diplomacy,economy,distinctArticles", lines.get(0));
        assertEquals(32, lines.size(), "a header and one row for each day of December");
        assertEquals("2015-12-01,0,0,0,0", lines.get(1));
        assertEquals("2015-12-03,1,1,0,2", lines.get(3));
        assertEquals("2015-12-10,0,0,1,1", lines.get(10));
        assertEquals("2015-12-24,1,0,0,1", lines.get(24));
    }

    @Test
    void stats_groupsByWeekStartingMonday() {
        CommandRun run = table.run("stats", "--from", "2015-12-01", "--to", "2015-12-31", "--per", "week", "--format", "csv");

        assertEquals(List.of("week,terrorism,diplomacy,economy,distinctArticles", "2015-11-30,1,1,0,2", "2015-12-07,0,0,1,1",
                "2015-12-14,0,0,0,0", "2015-12-21,1,0,0,1", "2015-12-28,0,0,0,0"), run.lines());
    }

    @ParameterizedTest(name = "--by {0}")
    @CsvSource({
            "country, 'day,AF,BR,FR,TR,distinctArticles'",
            "region,  'day,south-america,southern-asia,western-asia,western-europe,distinctArticles'",
    })
    void stats_countsCountriesAndRegions_fromTheGazetteersValues(String by, String header) {
        CommandRun run = table.run("stats", "--from", "2015-12-01", "--to", "2015-12-31", "--by", by, "--format", "csv");

        assertEquals(0, run.status(), run.err());
        assertEquals(header, run.lines().get(0));
    }

    @Test
    void stats_printsTableWithTotalsRow_byDefault() {
        CommandRun run = table.run("stats", "--from", "2015-12-01", "--to", "2016-01-31", "--per", "week");

        assertEquals(0, run.status(), run.err());
        String totals = run.lines().stream().filter(l -> l.startsWith("total")).findFirst().orElse("");
        assertTrue(totals.matches("total\\s+3\\s+1\\s+1\\s+5"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--from 2015-12-01", "--from 2015-12-01 --to 2015-12-31 --by agency",
            "--from 2015-12-01 --to 2015-12-31 --per decade", "--from 2015-12-31 --to 2015-12-01",
            "--from yesterday --to 2015-12-01", "--from 2015-12-01 --to 2015-12-31 extra", "--from 1900-01-01 --to 2015-12-31 --per day"})
    void stats_exitsTwoWithMessage_onBadInput(String args) {
        CommandRun run = CommandRun.of(("stats " + args).strip().split(" "));

        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("stats: "), run.err());
    }

    @Test
    void stats_help_listsDimensionsAndPeriods() {
        CommandRun run = CommandRun.of("stats", "--help");

        assertEquals(0, run.status());
        assertTrue(run.out().contains("--by DIMENSION") && run.out().contains("--per PERIOD"), run.out());
    }

    // Problem: `stats --by topic` printed a total that added up tags: one article with four topics made "total 4".
    // Fix: the last column counts distinct articles, and its header says so.
    @Test
    void stats_countsAnArticleOnce_inTheDistinctColumn_whateverItsNumberOfTopics() {
        SeededArticles one = new SeededArticles();
        one.putWithTopics(SeededArticles.STORIES.get(0), List.of("terrorism", "diplomacy", "economy", "politics"));

        CommandRun run = one.run("stats", "--from", "2015-12-03", "--to", "2015-12-03");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.lines().get(0).endsWith("distinct articles"), run.out());
        assertTrue(run.lines().stream().anyMatch(l -> l.matches("2015-12-03(\\s+1){4}\\s+1")), run.out());
        assertTrue(run.lines().stream().anyMatch(l -> l.matches("total(\\s+1){4}\\s+1")), run.out());
    }
}
