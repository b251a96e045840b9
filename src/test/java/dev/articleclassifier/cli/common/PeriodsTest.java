package dev.articleclassifier.cli.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    // Problem: a stored range over 400 weeks emptied the dashboard ("range too long: 579 weeks"). Fix: an axis
    // too long for its period is drawn with the finest longer period that fits.
    @ParameterizedTest(name = "{0} to {1} per {2} fits 400 as {3}")
    @CsvSource({
            "2015-12-01, 2015-12-31, DAY, DAY, 31",
            "2014-01-01, 2015-12-24, DAY, WEEK, 104",
            "2005-01-01, 2016-02-01, WEEK, MONTH, 134",
            "1700-01-01, 2016-02-01, DAY, YEAR, 317"})
    void fitting_coarsensTheUnit_untilTheAxisFits(LocalDate from, LocalDate to, Periods.Unit unit,
                                                   Periods.Unit expected, int count) {
        Periods axis = new Periods(from, to, unit).fitting(400);

        assertEquals(expected, axis.unit());
        assertEquals(count, axis.labels().size());
        assertEquals(count, axis.count());
    }

    @Test
    void labelOf_namesMonthsAndYearsByTheirFirstDay() {
        Periods months = new Periods(LocalDate.of(2015, 11, 15), DEC_24, Periods.Unit.MONTH);

        assertEquals(List.of("2015-11-01", "2015-12-01"), months.labels());
        assertEquals("2015-12-01", months.labelOf("2015-12-24T10:00:00Z"));
        assertEquals(1, months.indexOf("2015-12-02"));
        assertNull(months.labelOf("2016-01-01"));
    }

    @Test
    void unitParse_namesTheAcceptedValues_whenUnknown() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Periods.Unit.parse("decade"));

        assertEquals("per must be day, week, month or year, was 'decade'", e.getMessage());
    }
}
