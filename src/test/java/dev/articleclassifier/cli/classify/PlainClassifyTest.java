package dev.articleclassifier.cli.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.cli.Commands;
import dev.articleclassifier.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainClassifyTest {

    @ParameterizedTest
    @ValueSource(strings = {"classify samples", "classify samples/xinhua-russia-france-turkey-is.txt -",
            "classify --rules src/main/resources/dev/articleclassifier/classify/rules.jsonc samples/empty-upload.txt",
            "classify no/such/file.txt"})
    void of_takesThePlainShape_andPrintsWhatPicocliWould(String line) {
        List<String> args = List.of(line.split(" "));

        assertTrue(PlainClassify.of(args).isPresent(), line);
        assertEquals(run(args, false), run(args, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"classify", "classify --help", "classify -V", "classify --verbose samples",
            "classify --rules", "classify --rules a --rules b x", "classify -- samples", "classify --bogus x",
            "query --latest 1"})
    void of_leavesEverythingElseToPicocli(String line) {
        assertTrue(PlainClassify.of(List.of(line.split(" "))).isEmpty(), line);
    }

    /** Exit status, standard output and standard error, through Main (plain) or the picocli tree. */
    private static String run(List<String> args, boolean picocli) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        var in = new ByteArrayInputStream("Talks open in Moscow\n\nMOSCOW (Reuters) - Talks opened.\n"
                .getBytes(StandardCharsets.UTF_8));
        int status = picocli ? Commands.run(args, in, o, e) : Main.run(args, in, o, e);
        return status + "\n" + out.toString(StandardCharsets.UTF_8) + "\n" + err.toString(StandardCharsets.UTF_8);
    }
}
