package dev.articleclassifier.cli.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DashboardOptionsTest {

    @Test
    void parse_defaultsToPort8080() {
        assertEquals(8080, DashboardOptions.parse(List.of()).port());
    }

    @Test
    void parse_acceptsPortZero_forAnyFreePort() {
        assertEquals(0, DashboardOptions.parse(List.of("--port", "0")).port());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "65536", "http", ""})
    void parse_refusesPortsOutsideTheTcpRange(String port) {
        assertThrows(IllegalArgumentException.class, () -> DashboardOptions.parse(List.of("--port", port)));
    }

    @Test
    void parse_refusesUnknownArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DashboardOptions.parse(List.of("--bind", "0.0.0.0")));

        assertEquals("unknown argument '--bind'", e.getMessage());
    }

    @Test
    void parse_refusesPortWithoutValue() {
        assertThrows(IllegalArgumentException.class, () -> DashboardOptions.parse(List.of("--port")));
    }

    @Test
    void help_includesTheTableOptions() {
        assertTrue(DashboardOptions.help("  --table NAME  the table\n").contains("--table NAME"));
    }
}
