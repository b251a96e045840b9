package dev.articleclassifier.cli.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "450 | 1000 | 10   | [##############................]  45%  450/1000  45.0/s  ETA 0:12",
        "0   | 1000 | 10   | [..............................]   0%  0/1000  0.0/s  ETA ?",
        "100 | 1000000 | 1 | [..............................]   0%  100/1000000  100.0/s  ETA 2:46:39",
        "30  | 0    | 10   | 30 done  3.0/s"
    })
    void line_showsBarRateAndTimeLeft(long done, long total, double seconds, String expected) {
        assertEquals(expected, Progress.line(done, total, seconds));
    }

    @Test
    void notATerminal_printsWholeLinesWithoutCarriageReturns() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Progress bar = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), "reclassify", false, true,
                Duration.ZERO);
        bar.total(2);

        bar.step();
        bar.step();
        bar.finish();

        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("reclassify ["), printed);
        assertFalse(printed.contains("\r"), printed);
        assertTrue(printed.contains("2/2"), printed);
    }

    @Test
    void disabled_printsNothing_whenNotATerminalAndNoLinesWanted() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Progress bar = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), "classify", false, false,
                Duration.ZERO);
        bar.total(1);

        bar.step();
        bar.finish();

        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    // Problem: progress showed only when standard input and output were terminals (System.console()), so never in
    // `classify folder > out.jsonl`. Fix: ask whether standard error itself is a terminal, through its /proc link.
    @Test
    void isTerminal_looksAtTheDescriptorItself_notAtStandardOutput(@TempDir Path dir) throws Exception {
        Path toTerminal = Files.createSymbolicLink(dir.resolve("2"), Path.of("/dev/pts/3"));
        Path toFile = Files.createSymbolicLink(dir.resolve("1"), dir.resolve("out.jsonl"));

        assertTrue(Terminals.isTerminal(toTerminal));
        assertFalse(Terminals.isTerminal(toFile));
    }
}
