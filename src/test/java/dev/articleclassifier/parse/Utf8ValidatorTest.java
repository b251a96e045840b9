package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8ValidatorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "48656c6c6f, true",
            "c3a9, true",
            "e282ac, true",
            "f09f9880, true",
            "e9, false",
            "93686994, false",
            "c0af, false",
            "e080af, false",
            "eda080, false",
            "f4908080, false",
            "e282, false",
    })
    void isValid_acceptsOnlyWellFormedUtf8(String hex, boolean valid) {
        assertEquals(valid, Utf8Validator.isValid(HexFormat.of().parseHex(hex)));
    }
}
