package dev.articleclassifier.cli.reclassify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "450 | 1000 | 10   | [##############................]  45%  450/1000  45.0/s  ETA 0:12",
        "0   | 1000 | 10   | [..............................]   0%  0/1000  0.0/s  ETA ?",
        "100 | 1000000 | 1 | [..............................]   0%  100/1000000  100.0/s  ETA 2:46:39",
        "30  | 0    | 10   | 30 records  3.0/s"
    })
    void line_showsBarRateAndTimeLeft(long done, long total, double seconds, String expected) {
        assertEquals(expected, ProgressBar.line(done, total, seconds));
    }

    @Test
    void notATerminal_printsWholeLinesWithoutCarriageReturns() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(err, true, StandardCharsets.UTF_8), false, Duration.ZERO);
        bar.total(2);

        bar.step();
        bar.step();
        bar.finish();

        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("reclassify: ["), printed);
        assertTrue(!printed.contains("\r"), printed);
        assertTrue(printed.contains("2/2"), printed);
    }
}
