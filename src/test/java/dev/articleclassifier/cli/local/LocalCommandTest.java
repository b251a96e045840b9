package dev.articleclassifier.cli.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-command local run, end to end on the emulators it starts itself. */
class LocalCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void run_classifiesEverySampleAndPrintsTopicsRegionsAndRejections(@TempDir Path samples) throws IOException {
        Files.copy(Path.of("samples", "xinhua-russia-france-turkey-is.txt"),
                samples.resolve("xinhua-russia-france-turkey-is.txt"));
        Files.copy(Path.of("samples", "reuters-india-monsoon-arrives-early.txt.gz"),
                samples.resolve("reuters-india-monsoon-arrives-early.txt.gz"));
        Files.write(samples.resolve("empty-upload.txt"), new byte[0]);

        int status = run("--samples", samples.toString());

        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(printed.contains("Processed 3 records: 2 stored, 1 rejected"), printed);
        assertTrue(printed.contains("Articles per topic:"), printed);
        assertTrue(printed.contains("Articles per region:"), printed);
        assertTrue(printed.contains("incoming/empty-upload.txt"), printed);
        assertTrue(printed.contains("empty file"), printed);
    }

    @Test
    void help_describesTheCommandWithoutStartingAnything() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--watch"));
    }

    @Test
    void unknownOption_isAUsageError() {
        assertEquals(2, run("--fast"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unknown option: '--fast'"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void missingSamplesFolder_isReportedBeforeTheStackStarts() {
        assertEquals(2, run("--samples", "no/such/folder"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no samples folder"));
    }

    // Problem: the printed examples set AWS_REGION, which the AWS CLI does not read, so its `dynamodb scan` example
    // failed. Fix: set AWS_DEFAULT_REGION (the CLI's) and AWS_REGION (the SDKs') and name the other commands.
    @Test
    void instructions_setTheRegionTheAwsCliReads_andNameTheCommandsThatFindTheStack() {
        String text = LocalCommand.instructions("http://127.0.0.1:1", "http://127.0.0.1:2");

        assertTrue(text.contains("AWS_DEFAULT_REGION=us-east-1"), text);
        assertTrue(text.contains("aws --endpoint-url http://127.0.0.1:2 dynamodb scan --table-name articles"), text);
        assertTrue(text.contains("query --latest 10"), text);
        assertTrue(text.contains("reclassify --stale"), text);
    }

    private int run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("local"));
        all.addAll(List.of(args));
        return dev.articleclassifier.cli.Main.run(all, System.in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
