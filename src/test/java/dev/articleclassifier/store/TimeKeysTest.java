package dev.articleclassifier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimeKeysTest {

    private static final Instant INGESTED = Instant.parse("2024-05-01T08:00:00.123Z");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "2015-12-24, 2015-12-24",
            "2015-12-24T10:00:00+08:00, 2015-12-24T02:00:00Z",
            "2015-12-24T10:00:00.750Z, 2015-12-24T10:00:00Z",
            "2015-12-24T10:00, 2015-12-24T10:00:00Z",
            "Dec. 24, 2024-05-01T08:00:00Z",
            "null, 2024-05-01T08:00:00Z",
    })
    void sortTime_usesPublishedInUtcSeconds_elseIngestedAt(String published, String expected) {
        assertEquals(expected, TimeKeys.sortTime(published, INGESTED));
    }

    @Test
    void timeKey_ofADate_sortsBeforeTimesOfThatDay() {
        String date = TimeKeys.timeKey("2015-12-24", "ffff");
        String time = TimeKeys.timeKey("2015-12-24T00:00:00Z", "0000");

        assertTrue(date.compareTo(time) < 0);
    }
}
