package dev.articleclassifier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleclassifier.cli.QueryCommandFixtures.Run;
import dev.articleclassifier.store.ArticleId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code query} against a table on the emulators seeded with {@link QueryCommandFixtures#STORIES}. */
class QueryCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static QueryCommandFixtures table;

    @BeforeAll
    static void seed() {
        table = QueryCommandFixtures.seeded();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "--topic,   terrorism,    in/kabul.txt in/ankara.txt",
            "--country, tr,           in/ankara.txt",
            "--region,  western-asia, in/ankara.txt",
            "--agency,  ' REUTERS',   in/brasilia.txt in/paris.txt",
            "--topic,   sport,        ''",
    })
    void query_listsTaggedStoriesOfTheRangeNewestFirst_asJsonLines(String selector, String value, String keys) {
        Run run = table.run("query", selector, value, "--from", "2015-12-01", "--to", "2015-12-31", "--format", "jsonl");

        assertEquals(0, run.status(), run.err());
        assertEquals(keys, String.join(" ", run.lines().stream().map(line -> key(json(line))).toList()));
    }

    @Test
    void query_printsReadableTable_byDefault() {
        Run run = table.run("query", "--topic", "terrorism", "--from", "2015-12-01", "--to", "2015-12-31");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.lines().get(0).matches("time\\s+score\\s+agency\\s+headline\\s+articleId"), run.out());
        assertTrue(run.lines().get(2).startsWith("2015-12-24  "), run.out());
        assertTrue(run.lines().get(2).contains("Car bomb in Kabul"), run.out());
        assertTrue(run.lines().get(3).contains("Blast hits Ankara station"), run.out());
        assertEquals("2 articles", run.lines().get(4));
    }

    @Test
    void query_writesCsvWithHeader_andQuotesCommas() {
        Run run = table.run("query", "--agency", "xinhua", "--format", "csv");

        assertEquals(0, run.status(), run.err());
        List<String> lines = run.lines();
        assertEquals("time,tag,score,agency,headline,status,articleId,s3Uri", lines.get(0));
        assertEquals("2016-01-05,xinhua,,Xinhua,\"Istanbul attack, January\",CLASSIFIED,"
                + ArticleId.of("wire-desk", "in/istanbul.txt") + ",s3://wire-desk/in/istanbul.txt", lines.get(1));
        assertEquals(3, lines.size());
    }

    @Test
    void query_endsRangeAtTheGivenDay_includingIt() {
        Run run = table.run("query", "--topic", "terrorism", "--from", "2015-12-24", "--to", "2015-12-24",
                "--format", "jsonl");

        assertEquals(List.of("in/kabul.txt"), run.lines().stream().map(line -> key(json(line))).toList());
    }

    @Test
    void query_latest_returnsTheNewestStories() {
        Run run = table.run("query", "--latest", "2", "--format", "jsonl");

        assertEquals(List.of("in/istanbul.txt", "in/kabul.txt"), run.lines().stream().map(line -> key(json(line))).toList());
    }

    @Test
    void query_followsCursorsAcrossPages_untilTheIndexHasNoMore() {
        Run run = table.run("query", "--status", "classified", "--page-size", "2", "--format", "jsonl");

        assertEquals(List.of("in/istanbul.txt", "in/kabul.txt", "in/brasilia.txt", "in/paris.txt", "in/ankara.txt"),
                run.lines().stream().map(line -> key(json(line))).toList());
    }

    @Test
    void query_stopsAtLimit_andSaysMoreMatch() {
        Run run = table.run("query", "--topic", "terrorism", "--page-size", "1", "--limit", "2", "--format", "jsonl");

        assertEquals(List.of("in/istanbul.txt", "in/kabul.txt"), run.lines().stream().map(line -> key(json(line))).toList());
        assertTrue(run.err().contains("more articles match"), run.err());
    }

    @Test
    void queryById_showsTagsWithTheirEvidence() {
        Run run = table.run("query", "--id", ArticleId.of("wire-desk", "in/kabul.txt"));

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Car bomb in Kabul"), run.out());
        assertTrue(run.lines().stream().anyMatch(l -> l.matches("topic\\s+terrorism\\s+terrorism\\s+0\\.8\\s+bomb\\s+2\\s+3\\.5")),
                run.out());
        assertTrue(run.lines().stream().anyMatch(l -> l.matches("country\\s+AF\\s+AF\\s+0\\.9\\s+capital of AF\\s+2\\s+1")),
                run.out());
    }

    @Test
    void queryByS3Location_findsTheSameRecord_asJson() {
        Run run = table.run("query", "--s3", "s3://wire-desk/in/kabul.txt", "--format", "jsonl");

        JsonNode record = json(run.out().strip());
        assertEquals("Car bomb in Kabul", record.path("headline").asText());
        assertEquals("bomb", record.path("topics").path(0).path("evidence").path(0).path("term").asText());
    }

    @Test
    void queryById_exitsOne_whenNoSuchArticle() {
        Run run = table.run("query", "--id", "0123456789abcdef0123456789abcdef");

        assertEquals(1, run.status());
        assertTrue(run.err().contains("no article"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--topic terrorism --country RU", "--topic terrorism --format xml",
            "--topic terrorism --from 2015-13-01", "--topic terrorism --from 2015-12-31 --to 2015-12-01",
            "--latest zero", "--topic terrorism --bogus 1", "--s3 wire-desk/in/kabul.txt", "--topic"})
    void query_exitsTwoWithMessage_onBadInput(String args) {
        Run run = Run.of(("query " + args).strip().split(" "));

        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("query: ") && run.err().contains("see --help"), run.err());
    }

    @Test
    void query_help_describesConnectionOptions() {
        Run run = Run.of("query", "--help");

        assertEquals(0, run.status());
        assertTrue(run.out().contains("--endpoint URL"), run.out());
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(JsonNode row) {
        return row.path("s3Uri").asText().substring("s3://wire-desk/".length());
    }
}
