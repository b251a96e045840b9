package dev.articleclassifier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.articleclassifier.cli.common.Logging;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** The command tree as a whole: help, version, usage errors and completion, the same for every command. */
class MainTest {

    private static final List<String> EVERY_COMMAND = List.of("classify", "eval", "local", "rules", "rules check",
            "rules diff", "query", "stats", "dashboard", "reclassify", "completion");

    @Test
    void everyCommandAndSubcommand_answersHelpAndVersion() {
        for (String command : EVERY_COMMAND) {
            CommandRun help = CommandRun.of((command + " --help").split(" "));
            CommandRun version = CommandRun.of((command + " --version").split(" "));

            assertEquals(0, help.status(), command);
            assertTrue(help.out().contains("Usage: article-classifier " + command), help.out());
            assertTrue(help.out().contains("--verbose"), command + ": " + help.out());
            assertEquals(0, version.status(), command);
            assertTrue(version.out().startsWith("article-classifier "), version.out());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "classify --bogus x.txt     | classify: Unknown option: '--bogus'",
            "query --topic crime --limt 5 | query: Unknown options: '--limt', '5'",
            "stats --from 2015-12-01 --to 2015-12-31 --by agency | stats: Invalid value for option '--by'",
            "dashboard --port many       | dashboard: Invalid value for option '--port'",
            "eval                        | eval: Missing required option: '--gold FILE.jsonl'",
            "frobnicate                  | article-classifier: Unmatched argument at index 0: 'frobnicate'"})
    void usageError_namesTheOffendingOption_andExitsTwo(String args, String message) {
        CommandRun run = CommandRun.of(args.trim().split("\\s+"));

        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().startsWith(message), run.err());
        assertTrue(run.err().contains("--help' for the options."), run.err());
    }

    @Test
    void noCommand_listsTheCommands_andExitsTwo() {
        CommandRun run = CommandRun.of();

        assertEquals(2, run.status());
        assertTrue(run.err().contains("reclassify"), run.err());
    }

    // Problem: every command that touched AWS first printed three "SLF4J: Failed to load class
    // org.slf4j.impl.StaticLoggerBinder" lines. Fix: one binding (slf4j-simple), warnings only unless --verbose.
    @Test
    void logging_isBoundOnce_andQuietByDefault() {
        Logging.configure(false);

        assertEquals("org.slf4j.impl.SimpleLoggerFactory", LoggerFactory.getILoggerFactory().getClass().getName());
        assertFalse(LoggerFactory.getLogger("software.amazon.awssdk.request").isDebugEnabled());
        assertTrue(Logging.wantsVerbose(new String[] {"query", "--latest", "3", "--verbose"}));
        assertFalse(Logging.wantsVerbose(new String[] {"classify", "--", "--verbose"}));
    }

    @Test
    void completion_printsABashScript_listingEveryCommand() {
        CommandRun run = CommandRun.of("completion");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("complete -F"), run.out());
        for (String command : List.of("classify", "eval", "local", "rules", "query", "stats", "dashboard", "reclassify")) {
            assertTrue(run.out().contains(command), command);
        }
    }

    /** Completes the words of a command line in a real bash with the generated script sourced. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"article-classifier qu|query", "article-classifier rules |check diff",
            "article-classifier query --for|--format", "article-classifier stats --format |table csv jsonl"})
    void completion_completesInBash(String line, @TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");
        Path script = Files.writeString(dir.resolve("completion.bash"), CommandRun.of("completion").out());
        String[] parts = line.split("\\|");
        String typed = parts[0];
        String[] words = typed.split(" ", -1);
        String program = "source " + script + "\n"
                + "COMP_LINE='" + typed + "'; COMP_POINT=${#COMP_LINE}\n"
                + "COMP_WORDS=(" + String.join(" ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList())
                + ")\nCOMP_CWORD=" + (words.length - 1) + "\n"
                + "_complete_article-classifier\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("/bin/bash", "-c", program).redirectErrorStream(true).start();
        assertTrue(bash.waitFor(20, TimeUnit.SECONDS));
        String offered = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        for (String expected : parts[1].split(" ")) {
            assertTrue(offered.lines().map(String::strip).anyMatch(expected::equals), typed + " -> " + offered);
        }
    }
}
