package dev.articleclassifier.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.parse.InputLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HandlerConfigTest {

    @Test
    void fromEnvironment_usesDefaults_whenOnlyTheTableIsSet() {
        HandlerConfig config = HandlerConfig.fromEnvironment(Map.of("TABLE_NAME", "articles"));

        assertEquals("articles", config.tableName());
        assertNull(config.bucketName());
        assertEquals(InputLimits.DEFAULT, config.limits());
        assertTrue(config.rulesFile().isEmpty());
    }

    @Test
    void fromEnvironment_readsEveryVariable() {
        HandlerConfig config = HandlerConfig.fromEnvironment(Map.of("TABLE_NAME", "t", "BUCKET_NAME", "b",
                "MAX_OBJECT_BYTES", "2048", "RULES_FILE", "/opt/rules.jsonc"));

        assertEquals(new HandlerConfig("t", "b", new InputLimits(2048), Optional.of(Path.of("/opt/rules.jsonc"))),
                config);
    }

    @Test
    void fromEnvironment_readsTheRulesObjectAndItsRefreshInterval() {
        HandlerConfig config = HandlerConfig.fromEnvironment(Map.of("TABLE_NAME", "t",
                "RULES_S3_URI", "s3://ops-bucket/rules/topics v2.jsonc", "RULES_REFRESH_SECONDS", "300"));

        assertEquals(Optional.of(new S3RulesLocation("ops-bucket", "rules/topics v2.jsonc")), config.rulesObject());
        assertEquals(Duration.ofMinutes(5), config.rulesRefresh());
    }

    @Test
    void fromEnvironment_checksTheRulesObjectEveryMinute_whenNoIntervalIsSet() {
        HandlerConfig config = HandlerConfig.fromEnvironment(Map.of("TABLE_NAME", "t", "RULES_S3_URI", "s3://b/k"));

        assertEquals(Duration.ofSeconds(60), config.rulesRefresh());
    }

    @Test
    void fromEnvironment_treatsAnEmptyRulesUriAsNoRulesObject() {
        assertTrue(HandlerConfig.fromEnvironment(Map.of("TABLE_NAME", "t", "RULES_S3_URI", "")).rulesObject()
                .isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ops-bucket/rules.jsonc", "s3://ops-bucket", "s3://ops-bucket/", "s3:///rules.jsonc",
            "https://ops-bucket.s3.amazonaws.com/rules.jsonc"})
    void fromEnvironment_namesAMalformedRulesUri(String uri) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HandlerConfig.fromEnvironment(Map.of("TABLE_NAME", "t", "RULES_S3_URI", uri)));
        assertTrue(e.getMessage().contains("RULES_S3_URI"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1m"})
    void fromEnvironment_namesAMalformedRefreshInterval(String seconds) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HandlerConfig.fromEnvironment(Map.of("TABLE_NAME", "t", "RULES_REFRESH_SECONDS", seconds)));
        assertTrue(e.getMessage().contains("RULES_REFRESH_SECONDS"), e.getMessage());
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

    @Test
    void fromEnvironment_refusesASizeLimitThatIsNotPositive() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HandlerConfig.fromEnvironment(Map.of("TABLE_NAME", "t", "MAX_OBJECT_BYTES", "0")));
        assertTrue(e.getMessage().startsWith("environment variable MAX_OBJECT_BYTES: size limit must be"),
                e.getMessage());
    }
}
