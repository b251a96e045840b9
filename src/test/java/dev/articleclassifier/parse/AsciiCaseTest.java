package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsciiCaseTest {

    // a Kelvin sign is no ASCII capital, though the JDK lower-cases it to 'k'
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"A, a", "Z, z", "a, a", "z, z", "M, m", "@, @", "[, [", "0, 0", "\u00C9, \u00C9", "\u212A, \u212A"})
    void lower_changesOnlyAsciiCapitals(char c, char lowered) {
        assertEquals(lowered, AsciiCase.lower(c));
    }
}
