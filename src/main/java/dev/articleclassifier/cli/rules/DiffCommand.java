package dev.articleclassifier.cli.rules;

import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.classify.rules.DataFileException;
import dev.articleclassifier.cli.common.InputFiles;
import dev.articleclassifier.cli.common.Progress;
import dev.articleclassifier.cli.common.Streams;
import dev.articleclassifier.cli.common.UsageErrors;
import dev.articleclassifier.source.FetchedObject;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rules diff OLD NEW --sample PATH}: the effect of a rules change before it is deployed. Every document
 * of the sample is read once and classified with both rules files; documents whose topics change are listed
 * with the topics gained and lost (and scores that moved by {@value DiffReport#SCORE_MOVE} or more),
 * followed by a per-topic summary.
 */
@Command(name = "diff", header = "Show which documents of a sample a rules change re-tags.",
        description = {"Classifies every document of the sample (files, or folders read recursively; .gz too) with "
                + "the OLD and the NEW rules file and shows what the change does: for each document whose topics "
                + "change, its file, headline, topics added (+) and removed (-), and topics kept whose score moved "
                + "by 0.1 or more (~); then how many documents changed and, per topic, how many documents gained or "
                + "lost it."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:compared", "1:a sample path did not exist", "2:invalid rules file or bad usage"})
final class DiffCommand implements Callable<Integer> {


    @Parameters(index = "0", paramLabel = "OLD", description = "the rules in force: a file, or \"bundled\"")
    String oldRules;

    @Parameters(index = "1", paramLabel = "NEW", description = "the changed rules: a file, or \"bundled\"")
    String newRules;

    @Option(names = "--sample", paramLabel = "PATH", required = true,
            description = "a file or folder of documents; may be repeated")
    List<String> samples;

    private final Streams io;

    DiffCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        DocumentClassifier before;
        DocumentClassifier after;
        try {
            before = RulesCommand.load(oldRules);
            after = RulesCommand.load(newRules);
        } catch (DataFileException e) {
            io.err().println("rules diff: " + e.getMessage());
            return UsageErrors.STATUS;
        }
        InputFiles.Expansion inputs = InputFiles.expand(samples);
        inputs.missing().forEach(m -> io.err().println("rules diff: no such file or folder: " + m));
        DiffReport report = new DiffReport(before.classifier().rulesHash(), after.classifier().rulesHash());
        Progress progress = Progress.onStandardError(io.err(), "rules diff", false);
        progress.total(inputs.files().size());
        for (String file : inputs.files()) {
            // read once, as classify and the function read it (size cap, .gz inflated), classified twice
            FetchedObject content = InputFiles.read(file, io.in());
            report.add(file, InputFiles.classify(before, content), InputFiles.classify(after, content));
            progress.step();
        }
        progress.finish();
        report.print(io.out());
        return inputs.missing().isEmpty() ? 0 : 1;
    }
}
