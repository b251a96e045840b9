package dev.articleclassifier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleclassifier.fuzz.PathologicalInputs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyAndEvalCommandTest {

    private static final String STORY = "Earthquake kills dozens in Turkey\n\nANKARA, March 4 (Reuters) - A strong "
            + "earthquake struck eastern Turkey on Tuesday, killing at least 40 people and trapping dozens under "
            + "collapsed buildings, rescue officials said.\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return Main.run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            nodes.add(new ObjectMapper().readTree(line));
        }
        return nodes;
    }

    @Test
    void classify_printsOneJsonLinePerFile_withThePublicFieldNames() throws IOException {
        Files.writeString(dir.resolve("quake.txt"), STORY);
        Files.writeString(dir.resolve("empty.txt"), "");
        assertEquals(0, run("", "classify", dir.toString()));
        List<JsonNode> lines = lines();
        assertEquals(2, lines.size());
        JsonNode empty = lines.get(0);
        JsonNode quake = lines.get(1);
        assertEquals("REJECTED", empty.get("status").asText());
        assertEquals("empty file", empty.get("reason").asText());
        assertEquals("CLASSIFIED", quake.get("status").asText());
        assertEquals("Reuters", quake.get("agency").asText());
        assertEquals("Ankara", quake.get("dateline").get("place").asText());
        assertEquals("TR", quake.get("dateline").get("country").asText());
        assertEquals("disaster", quake.get("topics").get(0).get("id").asText());
        assertEquals("medtop:03000000", quake.get("topics").get(0).get("iptc").asText());
        assertEquals("TR", quake.get("countries").get(0).get("code").asText());
        assertTrue(quake.get("classifier").has("rulesHash"));
    }

    @Test
    void classify_printsBylineSiteAndUrl_whenAWebPageNamesThem() throws IOException {
        Files.writeString(dir.resolve("page.html"), "<html><head><title>Rates held | Reuters</title>"
                + "<meta property=\"og:site_name\" content=\"Reuters\"><meta name=\"author\" content=\"Peter Hall\">"
                + "<link rel=\"canonical\" href=\"https://www.reuters.example/markets/rates\"></head><body>"
                + "<p>The central bank kept its main interest rate unchanged on Thursday, as expected.</p></body></html>");
        Files.writeString(dir.resolve("quake.txt"), STORY);
        assertEquals(0, run("", "classify", dir.toString()));
        JsonNode page = lines().get(0);
        JsonNode wire = lines().get(1);
        assertEquals("Rates held", page.get("headline").asText());
        assertEquals("Peter Hall", page.get("byline").asText());
        assertEquals("Reuters", page.get("site").asText());
        assertEquals("https://www.reuters.example/markets/rates", page.get("url").asText());
        assertTrue(wire.get("site").isNull() && wire.get("url").isNull(), wire.toString());
    }

    @Test
    void classify_readsStandardInput_whenPathIsDash() throws IOException {
        assertEquals(0, run(STORY, "classify", "-"));
        assertEquals("Earthquake kills dozens in Turkey", lines().get(0).get("headline").asText());
    }

    @Test
    void classify_reportsMissingPath_andExitsOne() {
        assertEquals(1, run("", "classify", dir.resolve("nope.txt").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file or folder"));
    }

    @Test
    void classify_refusesInvalidRules_withFileAndLine() throws IOException {
        Path rules = Files.writeString(dir.resolve("bad.jsonc"), "{\n  \"version\": \"x\",\n  \"topics\": 3\n}");
        assertEquals(2, run("", "classify", "--rules", rules.toString(), "-"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bad.jsonc:3: topics: expected an array"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void classify_rejectsAnEndlessDevice_asTooLarge() throws IOException {
        // Problem: "classify /dev/zero" said "no such file or folder". Fix: a device is read within the size limit.
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero on this system");

        assertEquals(0, run("", "classify", "/dev/zero"));

        JsonNode line = lines().get(0);
        assertEquals("REJECTED", line.get("status").asText());
        assertTrue(line.get("reason").asText().startsWith("object too large"), line.toString());
    }

    @Test
    void classify_refusesDeeplyNestedRules_withExitTwoAndAMessage() throws IOException {
        // Problem: --rules with JSONC nested 100,000 levels exited 1 with a stack trace. Fix: a depth limit.
        Path rules = Files.write(dir.resolve("deep.jsonc"), PathologicalInputs.nestedRules(100_000));

        assertEquals(2, run("", "classify", "--rules", rules.toString(), "-"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("(depth limit 64)"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eval_printsPrecisionRecallAndF1_perTopicAndForCountries() throws IOException {
        String gold = new ObjectMapper().writeValueAsString(java.util.Map.of(
                "id", "q1", "text", STORY, "topics", List.of("disaster"), "countries", List.of("TR")));
        Path file = Files.writeString(dir.resolve("gold.jsonl"), gold + "\n");
        assertEquals(0, run("", "eval", "--gold", file.toString()));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.matches("(?s).*disaster\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1.*"), report);
        assertTrue(report.contains("countries (1 document): precision 1.000  recall 1.000  F1 1.000"), report);
    }

    // Problem: eval printed macro-F1 0.397 by averaging topics that no gold document carries as F1 0. Fix: the
    // macro average is over the topics with gold documents; the others are listed as not averaged.
    @Test
    void eval_macroF1_leavesOutTopicsWithoutGoldDocuments() throws IOException {
        String gold = new ObjectMapper().writeValueAsString(java.util.Map.of(
                "id", "q1", "text", STORY, "topics", List.of("disaster")));
        Path file = Files.writeString(dir.resolve("gold.jsonl"), gold + "\n");
        Path rules = Files.writeString(dir.resolve("two.jsonc"), """
                {"version": "t", "settings": {"threshold": 0.1}, "topics": [
                  {"id": "disaster", "label": "Disaster", "iptc": "medtop:03000000", "terms": {"earthquake": 5}},
                  {"id": "sport", "label": "Sport", "iptc": "medtop:15000000", "terms": {"match": 5}},
                  {"id": "crime", "label": "Crime", "iptc": "medtop:02000000", "terms": {"killed": 5, "kills": 5}}]}
                """);

        assertEquals(0, run("", "eval", "--gold", file.toString(), "--rules", rules.toString()));

        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.matches("(?s).*macro F1\\s+1\\.000  \\(over the 1 topic with gold documents\\).*"), report);
    }

    @Test
    void eval_printsTopicsPerDocumentAndWholeSetsRight_besideMicroScores() throws IOException {
        ObjectMapper json = new ObjectMapper();
        String right = json.writeValueAsString(java.util.Map.of("id", "q1", "text", STORY, "topics", List.of("disaster")));
        String wrong = json.writeValueAsString(java.util.Map.of("id", "q2", "text", STORY,
                "topics", List.of("disaster", "health")));
        Path file = Files.writeString(dir.resolve("gold.jsonl"), right + "\n" + wrong + "\n");
        assertEquals(0, run("", "eval", "--gold", file.toString()));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("topics per document: said 1.00, gold 1.50 (ratio 0.67); whole set right 50.0%"),
                report);
        assertTrue(report.matches("(?s).*micro \\(every tag\\)\\s+1\\.000\\s+0\\.667\\s+0\\.800.*"), report);
    }

    @Test
    void classifyExplain_showsWhyEachTopicWasTaggedAndWhatStoppedTheOthers() throws IOException {
        Files.writeString(dir.resolve("quake.txt"), STORY);
        assertEquals(0, run("", "classify", "--explain", dir.toString()));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("quake.txt: Earthquake kills dozens in Turkey"), report);
        assertTrue(report.matches("(?s).*tagged  disaster\\s+\\d\\.\\d\\d  strongest topic, score .*"), report);
        assertTrue(report.contains("evidence: earthquake x"), report);
    }

    @Test
    void rulesCheck_listsEachTopicsDescription() {
        assertEquals(0, run("", "rules", "check", "bundled"));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("armed-conflict: Armed fighting between states or organised armed groups"), report);
    }

    @Test
    void everyCommand_answersHelp() {
        for (String command : List.of("classify", "eval", "local", "rules", "query", "stats", "dashboard", "reclassify")) {
            out.reset();
            assertEquals(0, run("", command, "--help"), command);
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage"), command);
        }
    }
}
