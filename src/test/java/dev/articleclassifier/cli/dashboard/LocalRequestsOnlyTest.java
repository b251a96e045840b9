package dev.articleclassifier.cli.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalRequestsOnlyTest {

    @ParameterizedTest(name = "Host: {0} -> {1}")
    @CsvSource(nullValues = "NULL", value = {
            "127.0.0.1:8080, true",
            "localhost:8080, true",
            "LOCALHOST, true",
            "[::1]:8080, true",
            "[::1], true",
            "evil.example:8080, false",
            "127.0.0.1.evil.example, false",
            "localhost.evil.example:8080, false",
            "NULL, false"})
    void isLocal_acceptsOnlyNamesOfThisMachine(String host, boolean expected) {
        assertEquals(expected, LocalRequestsOnly.isLocal(host));
    }
}
