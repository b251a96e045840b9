package dev.articleclassifier.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.source.SourceLimits;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandlerConfigTest {

    @Test
    void fromEnvironment_usesDefaults_whenOnlyTheTableIsSet() {
        HandlerConfig config = HandlerConfig.fromEnvironment(Map.of("TABLE_NAME", "articles"));

        assertEquals("articles", config.tableName());
        assertNull(config.bucketName());
        assertEquals(SourceLimits.DEFAULT, config.limits());
        assertTrue(config.rulesFile().isEmpty());
    }

    @Test
    void fromEnvironment_readsEveryVariable() {
        HandlerConfig config = HandlerConfig.fromEnvironment(Map.of("TABLE_NAME", "t", "BUCKET_NAME", "b",
                "MAX_OBJECT_BYTES", "2048", "MAX_INFLATED_BYTES", "8192", "RULES_FILE", "/opt/rules.jsonc"));

        assertEquals(new HandlerConfig("t", "b", new SourceLimits(2048, 8192), Optional.of(Path.of("/opt/rules.jsonc"))),
                config);
    }

    @Test
    void fromEnvironment_treatsAnEmptyRulesFileAsTheBundledRules() {
        assertTrue(HandlerConfig.fromEnvironment(Map.of("TABLE_NAME", "t", "RULES_FILE", "")).rulesFile().isEmpty());
    }

    @Test
    void fromEnvironment_namesTheMissingTable() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HandlerConfig.fromEnvironment(Map.of()));
        assertTrue(e.getMessage().contains("TABLE_NAME"));
    }

    @Test
    void fromEnvironment_namesAMalformedLimit() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HandlerConfig.fromEnvironment(Map.of("TABLE_NAME", "t", "MAX_OBJECT_BYTES", "5MB")));
        assertTrue(e.getMessage().contains("MAX_OBJECT_BYTES"));
    }
}
