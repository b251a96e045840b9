package dev.articleclassifier.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {

    @ParameterizedTest
    @CsvSource({"0.3, 0.30", "0.975, 0.98", "0.0449, 0.04", "0.05, 0.05", "12.5, 12.50", "-4.5, -4.50", "-0.004, 0.00"})
    void figure_appendsTwoDecimals_leadingZerosOfTheFractionIncluded(double value, String shown) {
        assertEquals("score " + shown, Figures.figure(new StringBuilder("score "), value).toString());
    }

    @ParameterizedTest
    @CsvSource({"0.2976, 0.3, 0.298", "0.3, 0.2976, 0.300", "0.3, 0.3, 0.30", "0.71, 0.3, 0.71"})
    void figure_appendsAThirdDecimal_onlyWhenTwoWouldShowItEqualToWhatItIsComparedWith(double value, double other,
                                                                                          String shown) {
        assertEquals(shown, Figures.figure(new StringBuilder(), value, other).toString());
    }

    @ParameterizedTest
    @CsvSource({"0.83, 0.25, 83%", "0.2496, 0.25, 25.0%", "0.246, 0.25, 24.6%", "0.25, 0.25, 25%", "1.0, 0.25, 100%"})
    void percent_appendsAWholePercent_orOneDecimalWhenItWouldReadAsTheShareItMissed(double share, double other,
                                                                                    String shown) {
        assertEquals(shown, Figures.percent(new StringBuilder(), share, other).toString());
    }

    @Test
    void percent_appendsAWholePercent_afterWhatTheSentenceAlreadyHolds() {
        assertEquals("one fewer from 50%", Figures.percent(new StringBuilder("one fewer from "), 0.5).toString());
    }
}
