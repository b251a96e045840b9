package dev.articleclassifier.fuzz;

import dev.articleclassifier.classify.rules.DataFileException;
import dev.articleclassifier.classify.rules.RulesLoader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Fuzzes the rules loader: any file either loads or is refused with a message naming it, nothing else. */
class RulesFuzzTest {

    @Test
    void load_loadsOrRefusesWithAMessage_forGeneratedRulesFiles() {
        FuzzRun.forAll(3_000, FuzzInputs::rules, rules -> {
            try {
                RulesLoader.load(rules.getBytes(StandardCharsets.UTF_8), "fuzz.jsonc");
            } catch (DataFileException e) {
                if (e.getMessage() == null || !e.getMessage().startsWith("fuzz.jsonc")) {
                    throw new AssertionError("a refusal must name the file: " + e.getMessage(), e);
                }
            }
        });
    }
}
