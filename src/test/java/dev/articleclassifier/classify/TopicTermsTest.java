package dev.articleclassifier.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.articleclassifier.classify.rules.DataFileException;
import dev.articleclassifier.classify.rules.RulesLoader;
import dev.articleclassifier.classify.text.Vocabulary;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TopicTermsTest {

    private static TopicTerms compile(String termsOfPolitics, String termsOfSport) {
        String rules = """
                {"version": "t1", "topics": [
                  {"id": "politics", "label": "Politics", "iptc": "medtop:11000000", "terms": {%s}},
                  {"id": "sport", "label": "Sport", "iptc": "medtop:15000000", "terms": {%s}}
                ]}
                """.formatted(termsOfPolitics, termsOfSport);
        return new TopicTerms(RulesLoader.load(rules.getBytes(StandardCharsets.UTF_8), "r.jsonc"), new Vocabulary());
    }

    @Test
    void compile_refusesTwoTermsOfOneTopic_thatMatchTheSameWords() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> compile("\"troop\": 1, \"vote\": 2, \"troops\": 3", "\"goal\": 1"));
        assertEquals("rules: topic \"politics\" lists \"troop\" and \"troops\", which match the same words"
                + " (plurals and punctuation are folded): keep one", e.getMessage());
    }

    @Test
    void compile_keepsTheSameWords_inTermsOfTwoTopics() {
        TopicTerms terms = compile("\"ballot\": 1, \"vote\": 2", "\"votes\": 1");
        assertEquals(3, terms.text.length);
        assertEquals(2, terms.topics());
    }
}
