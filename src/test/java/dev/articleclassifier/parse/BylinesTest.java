package dev.articleclassifier.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"By Jane Roe", "Xinhua, December 24, 2015", "Reuters", "(Reuters)", "Updated: 10:30 a.m.",
            "Dec. 24, 2015 10:30 p.m.", ""})
    void isByline_acceptsAuthorAgencyDateOrLabel(String line) {
        assertTrue(Bylines.isByline(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NEW YORK, March 3, 1987 - Net rose", "LONDON (Reuters) - Shares fell",
            "Sales had doubled by the end of 1986.", "Sales doubled in 1986", "Net rose 21 pct, the company said"})
    void isByline_refusesStoryText_andLinesOpeningWithDateline(String line) {
        assertFalse(Bylines.isByline(line));
    }
}
