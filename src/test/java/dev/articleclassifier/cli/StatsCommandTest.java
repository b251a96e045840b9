package dev.articleclassifier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.cli.QueryCommandFixtures.Run;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code stats} against a table on the emulators seeded with {@link QueryCommandFixtures#STORIES}. */
class StatsCommandTest {

    private static QueryCommandFixtures table;

    @BeforeAll
    static void seed() {
        table = QueryCommandFixtures.seeded();
    }

    @Test
    void stats_countsTopicsPerDay_matchingTheSeededStories() {
        Run run = table.run("stats", "--from", "2015-12-01", "--to", "2015-12-31", "--format", "csv");

        assertEquals(0, run.status(), run.err());
        List<String> lines = run.lines();
        assertEquals("day,terrorism,diplomacy,economy,total", lines.get(0));
        assertEquals(32, lines.size(), "a header and one row for each day of December");
        assertEquals("2015-12-01,0,0,0,0", lines.get(1));
        assertEquals("2015-12-03,1,1,0,2", lines.get(3));
        assertEquals("2015-12-10,0,0,1,1", lines.get(10));
        assertEquals("2015-12-24,1,0,0,1", lines.get(24));
    }

    @Test
    void stats_groupsByWeekStartingMonday() {
        Run run = table.run("stats", "--from", "2015-12-01", "--to", "2015-12-31", "--per", "week", "--format", "csv");

        assertEquals(List.of("week,terrorism,diplomacy,economy,total", "2015-11-30,1,1,0,2", "2015-12-07,0,0,1,1",
                "2015-12-14,0,0,0,0", "2015-12-21,1,0,0,1", "2015-12-28,0,0,0,0"), run.lines());
    }

    @ParameterizedTest(name = "--by {0}")
    @CsvSource({
            "country, 'day,AF,BR,FR,TR,total'",
            "region,  'day,south-america,southern-asia,western-asia,western-europe,total'",
    })
    void stats_countsCountriesAndRegions_fromTheGazetteersValues(String by, String header) {
        Run run = table.run("stats", "--from", "2015-12-01", "--to", "2015-12-31", "--by", by, "--format", "csv");

        assertEquals(0, run.status(), run.err());
        assertEquals(header, run.lines().get(0));
    }

    @Test
    void stats_printsTableWithTotalsRow_byDefault() {
        Run run = table.run("stats", "--from", "2015-12-01", "--to", "2016-01-31", "--per", "week");

        assertEquals(0, run.status(), run.err());
        String last = run.lines().get(run.lines().size() - 1);
        assertTrue(last.matches("total\\s+3\\s+1\\s+1\\s+5"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--from 2015-12-01", "--from 2015-12-01 --to 2015-12-31 --by agency",
            "--from 2015-12-01 --to 2015-12-31 --per month", "--from 2015-12-31 --to 2015-12-01",
            "--from yesterday --to 2015-12-01", "--from 2015-12-01 --to 2015-12-31 extra"})
    void stats_exitsTwoWithMessage_onBadInput(String args) {
        Run run = Run.of(("stats " + args).strip().split(" "));

        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("stats: "), run.err());
    }

    @Test
    void stats_help_listsDimensionsAndPeriods() {
        Run run = Run.of("stats", "--help");

        assertEquals(0, run.status());
        assertTrue(run.out().contains("--by DIMENSION") && run.out().contains("--per PERIOD"), run.out());
    }
}
