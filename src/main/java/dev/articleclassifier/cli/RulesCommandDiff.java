package dev.articleclassifier.cli;

import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.classify.rules.DataFileException;
import dev.articleclassifier.parse.InputLimits;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rules diff OLD NEW --sample PATH}: the effect of a rules change before it is deployed. Every document
 * of the sample is parsed once and classified with both rules files; documents whose topics change are listed
 * with the topics gained and lost (and scores that moved by {@value RulesCommandDiffReport#SCORE_MOVE} or more),
 * followed by a per-topic summary.
 */
final class RulesCommandDiff {

    static final String HELP = """
            Usage: article-classifier rules diff OLD NEW --sample PATH [--sample PATH]...

            Classifies every document of the sample (files, or folders read recursively) with the OLD and the
            NEW rules file and shows what the change does: for each document whose topics change, its file,
            headline, topics added (+) and removed (-), and topics kept whose score moved by 0.1 or more (~);
            then how many documents changed and, per topic, how many documents gained or lost it.

              OLD, NEW       rules files (JSON with comments); "bundled" names the rules inside the jar
              --sample PATH  a file or folder of documents; may be repeated
              -h, --help     show this help

            Exit status: 0 compared, 1 a sample path did not exist, 2 invalid rules file or bad usage.
            """;

    static final String BUNDLED = "bundled";

    private RulesCommandDiff() {
    }

    static int run(List<String> arguments, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(arguments);
        if (QueryCommandOptions.wantsHelp(args)) {
            out.print(HELP);
            return 0;
        }
        List<String> samples = new ArrayList<>();
        for (int at = args.indexOf("--sample"); at >= 0; at = args.indexOf("--sample")) {
            if (at + 1 >= args.size()) {
                err.println("rules diff: --sample needs a path (see --help)");
                return 2;
            }
            samples.add(args.get(at + 1));
            args.subList(at, at + 2).clear();
        }
        if (args.size() != 2 || args.stream().anyMatch(a -> a.startsWith("-")) || samples.isEmpty()) {
            err.println("rules diff: give OLD and NEW rules files and at least one --sample PATH (see --help)");
            return 2;
        }
        DocumentClassifier before;
        DocumentClassifier after;
        try {
            before = load(args.get(0));
            after = load(args.get(1));
        } catch (DataFileException e) {
            err.println("rules diff: " + e.getMessage());
            return 2;
        }
        InputFiles.Expansion inputs = InputFiles.expand(samples);
        inputs.missing().forEach(m -> err.println("rules diff: no such file or folder: " + m));
        RulesCommandDiffReport report = new RulesCommandDiffReport(before.classifier().rulesHash(),
                after.classifier().rulesHash());
        Progress progress = new Progress(err, Progress.isTerminal(), inputs.files().size());
        int done = 0;
        for (String file : inputs.files()) {
            byte[] content = read(file);
            if (content == null) {
                report.unreadable(file);
            } else {
                report.add(file, before.classify(content, file), after.classify(content, file));
            }
            progress.update(++done);
        }
        report.print(out);
        return inputs.missing().isEmpty() ? 0 : 1;
    }

    private static DocumentClassifier load(String rules) {
        return rules.equals(BUNDLED) ? DocumentClassifier.bundled() : DocumentClassifier.withRules(Path.of(rules));
    }

    /** The document's bytes, or {@code null} when it cannot be read or is larger than the function accepts. */
    private static byte[] read(String file) {
        try {
            Path path = Path.of(file);
            return Files.size(path) > InputLimits.DEFAULT_MAX_BYTES ? null : Files.readAllBytes(path);
        } catch (IOException e) {
            return null;
        }
    }
}
