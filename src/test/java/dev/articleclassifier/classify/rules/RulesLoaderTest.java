package dev.articleclassifier.classify.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.classify.text.CaseMode;
import dev.articleclassifier.fuzz.PathologicalInputs;
import dev.articleclassifier.parse.InputLimits;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RulesLoaderTest {

    private static final String VALID = """
            {
              // a comment
              "version": "t1",
              "settings": {"threshold": 0.2},
              "topics": [
                {"id": "terrorism", "label": "Terrorism", "iptc": "medtop:20000053",
                 "terms": {"terrorist": 3, "IS": {"weight": 2, "case": "exact", "context": ["militant"]}},
                 "negative": {"war on drugs": 1}}
              ]
            }
            """;

    private static TopicRules load(String json) {
        return RulesLoader.load(json.getBytes(StandardCharsets.UTF_8), "my-rules.jsonc");
    }

    @Test
    void load_readsTopicsTermsAndSettings_whenFileHasComments() {
        TopicRules rules = load(VALID);
        TopicRule topic = rules.topics().get(0);
        assertEquals("t1", rules.version());
        assertEquals(0.2, rules.settings().threshold());
        assertEquals(2, topic.terms().size());
        assertEquals(CaseMode.EXACT, topic.terms().get(1).caseMode());
        assertEquals(java.util.List.of("militant"), topic.terms().get(1).context());
        assertEquals("war on drugs", topic.negatives().get(0).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "weight not a number | \"terrorist\": \"heavy\" | my-rules.jsonc:7: topics[0].terms.terrorist: expected a weight (a number) or an object",
            "misspelt field      | \"terrorist\": {\"wieght\": 2} | my-rules.jsonc:7: topics[0].terms.terrorist.wieght: unknown field \"wieght\"",
            "exact without caps  | \"is\": {\"weight\": 2, \"case\": \"exact\"} | my-rules.jsonc:7: topics[0].terms.is: an exact-case term needs upper-case",
            "duplicate term      | \"terrorist\": 1, \"terrorist\": 2 | my-rules.jsonc:7: Duplicate field 'terrorist'",
    })
    void load_refusesMalformedTerm_withFileLineAndField(String caseName, String terms, String expectedStart) {
        String json = """
                {
                  "version": "t1",
                  "topics": [
                    {"id": "terrorism", "label": "Terrorism", "iptc": "medtop:20000053",
                     "threshold": 0.3,
                     "terms": {
                       %s
                     }}
                  ]
                }
                """.formatted(terms);
        DataFileException e = assertThrows(DataFileException.class, () -> load(json));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    @Test
    void load_refusesBadIptcCode_pointingAtItsLine() {
        DataFileException e = assertThrows(DataFileException.class, () -> load(VALID.replace("medtop:20000053", "20000053")));
        assertTrue(e.getMessage().startsWith("my-rules.jsonc:6: topics[0].iptc: expected an IPTC Media Topic code"),
                e.getMessage());
    }

    private static final String NARROWER = """
            {
              "version": "t1",
              "topics": [
                {"id": "politics", "label": "Politics", "iptc": "medtop:11000000",%s
                 "terms": {"parliament": 3}},
                {"id": "elections", "label": "Elections", "iptc": "medtop:20000574",%s
                 "terms": {"ballot": 3}}
              ]
            }
            """;

    private static String broader(String topic) {
        return topic.isEmpty() ? "" : " \"broader\": \"" + topic + "\",";
    }

    @Test
    void load_readsBroaderTopic_andTheSettingsThatLowerWhatAFurtherTopicNeeds() {
        TopicRules rules = load(NARROWER.formatted("", broader("politics")).replace("\"version\": \"t1\",",
                "\"version\": \"t1\", \"settings\": {\"narrowerShare\": 0.05, \"closeShare\": 0.7, \"briefWords\": 60},"));
        assertEquals("", rules.topics().get(0).broader());
        assertEquals("politics", rules.topics().get(1).broader());
        assertEquals(0.05, rules.settings().narrowerShare());
        assertEquals(0.7, rules.settings().closeShare());
        assertEquals(60, rules.settings().briefWords());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown topic | ''        | polls     | my-rules.jsonc:6: topics[1].broader: broader names no topic of this file: \"polls\"",
            "itself        | ''        | elections | my-rules.jsonc:6: topics[1].broader: broader topics of \"elections\" lead back to it",
            "a cycle       | elections | politics  | my-rules.jsonc:4: topics[0].broader: broader topics of \"politics\" lead back to it",
    })
    void load_refusesBroaderTopic_thatNamesNoOtherTopicOrLeadsBack(String caseName, String ofPolitics,
                                                                  String ofElections, String expectedStart) {
        DataFileException e = assertThrows(DataFileException.class,
                () -> load(NARROWER.formatted(broader(ofPolitics), broader(ofElections))));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    private static final String THREE_TOPICS = """
            {
              "version": "t1",
              "topics": [
                {"id": "a", "label": "A", "iptc": "medtop:11000000", "broader": "b", "terms": {"alpha": 3}},
                {"id": "b", "label": "B", "iptc": "medtop:11000000",%s "terms": {"beta": 3}},
                {"id": "c", "label": "C", "iptc": "medtop:11000000",%s "terms": {"gamma": 3}}
              ]
            }
            """;

    // Problem: a chain through a later topic with an unknown name ended in a NullPointerException, and a cycle
    // that an earlier topic only led into was blamed on that topic. Fix: names first, cycles at their members.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown name further along | polls | ''  | my-rules.jsonc:5: topics[1].broader: broader names no topic of this file: \"polls\"",
            "a cycle the first only enters | c  | b   | my-rules.jsonc:5: topics[1].broader: broader topics of \"b\" lead back to it",
    })
    void load_refusesBroaderChain_atTheTopicThatIsWrong(String caseName, String ofB, String ofC, String expectedStart) {
        DataFileException e = assertThrows(DataFileException.class, () -> load(THREE_TOPICS.formatted(broader(ofB), broader(ofC))));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"terrorism", "armed-conflict", "a-b-c", "covid19", "2026", "", "-", "a-", "-a", "a--b",
            "Armed", "a_b", "a b", "é"})
    void isTopicId_acceptsWhatTheIdPatternAccepts(String id) {
        // the loader checks by hand (no regular expression at cold start); the pattern stays the definition
        assertEquals(Pattern.matches("[a-z0-9]+(-[a-z0-9]+)*", id), RulesLoader.isTopicId(id), id);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"medtop:20000053", "medtop:2000005", "medtop:200000531", "medtop:2000005x",
            "MEDTOP:20000053", "medtop20000053", "medtop:２0000053", ""})
    void isIptcCode_acceptsWhatTheIptcPatternAccepts(String code) {
        assertEquals(Pattern.matches("medtop:\\d{8}", code), RulesLoader.isIptcCode(code), code);
    }

    @Test
    void load_refusesDuplicateTopicIds() {
        String twice = VALID.replace("]\n}", ", {\"id\": \"terrorism\", \"label\": \"T\", \"iptc\": \"medtop:20000053\", \"terms\": {\"x\": 1}}]\n}");
        DataFileException e = assertThrows(DataFileException.class, () -> load(twice));
        assertTrue(e.getMessage().contains("duplicate topic id \"terrorism\""), e.getMessage());
    }

    @Test
    void load_reportsSyntaxErrorLine_whenJsonIsBroken() {
        DataFileException e = assertThrows(DataFileException.class, () -> load("{\n\"version\": \"x\"\n\"topics\": []}"));
        assertTrue(e.getMessage().startsWith("my-rules.jsonc:3:"), e.getMessage());
    }

    @Test
    void load_refusesRules_nestedPastTheDepthLimit() {
        // Problem: JSONC nested 100,000 levels overflowed the reader's stack. Fix: a depth limit with a message.
        DataFileException e = assertThrows(DataFileException.class,
                () -> RulesLoader.load(PathologicalInputs.nestedRules(100_000), "deep.jsonc"));

        assertEquals("deep.jsonc:1: nested more than 64 levels deep (depth limit 64)", e.getMessage());
    }

    @Test
    void load_refusesRules_largerThanTheSizeLimit() {
        // Problem: a 21 MB rules file loaded for 15 s. Fix: rules files have the size limit of any input.
        byte[] large = new byte[(int) InputLimits.DEFAULT_MAX_BYTES + 1];
        java.util.Arrays.fill(large, (byte) ' ');

        DataFileException e = assertThrows(DataFileException.class, () -> RulesLoader.load(large, "big.jsonc"));

        assertTrue(e.getMessage().startsWith("big.jsonc: file too large: 5242881 bytes, limit 5242880"),
                e.getMessage());
    }
}
