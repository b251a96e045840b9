package dev.articleclassifier.cli.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.articleclassifier.store.TimeRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodsTest {

    private static final LocalDate DEC_20 = LocalDate.of(2015, 12, 20);
    private static final LocalDate DEC_24 = LocalDate.of(2015, 12, 24);

    @ParameterizedTest(name = "{0} per {1} -> period {2}")
    @CsvSource({
            "2015-12-20, DAY, 0",
            "2015-12-24T23:59:59Z, DAY, 4",
            "2015-12-22#abc, DAY, 2",
            "2015-12-19T23:59:59Z, DAY, -1",
            "2015-12-25, DAY, -1",
            "2015-12-20T08:00:00Z, WEEK, 0",
            "2015-12-21, WEEK, 1",
            "2015-12-24, WEEK, 1",
            "not a time, DAY, -1",
            "2015, DAY, -1"})
    void indexOf_placesSortTimesByTheirUtcDay(String sortTime, Periods.Unit unit, int expected) {
        assertEquals(expected, new Periods(DEC_20, DEC_24, unit).indexOf(sortTime));
    }

    @Test
    void labels_nameWeeksByTheirMonday_evenBeforeFrom() {
        assertEquals(List.of("2015-12-14", "2015-12-21"), new Periods(DEC_20, DEC_24, Periods.Unit.WEEK).labels());
    }

    @Test
    void timeRange_endsAtMidnightAfterTheLastDay() {
        assertEquals(new TimeRange("2015-12-20", "2015-12-25"), new Periods(DEC_20, DEC_24, Periods.Unit.DAY).timeRange());
    }

    @Test
    void constructor_refusesMoreThanMaxPeriods() {
        assertThrows(IllegalArgumentException.class,
                () -> new Periods(LocalDate.of(2014, 1, 1), DEC_24, Periods.Unit.DAY));
    }

    @Test
    void constructor_acceptsTheSameRangePerWeek() {
        assertEquals(104, new Periods(LocalDate.of(2014, 1, 1), DEC_24, Periods.Unit.WEEK).labels().size());
    }

    @Test
    void unitParse_namesTheAcceptedValues_whenUnknown() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Periods.Unit.parse("month"));

        assertEquals("per must be day or week, was 'month'", e.getMessage());
    }
}
