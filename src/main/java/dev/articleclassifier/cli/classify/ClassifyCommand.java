package dev.articleclassifier.cli.classify;

import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.classify.rules.DataFileException;
import dev.articleclassifier.cli.common.InputFiles;
import dev.articleclassifier.cli.common.Progress;
import dev.articleclassifier.cli.common.Streams;
import dev.articleclassifier.cli.common.TopicExplanation;
import dev.articleclassifier.cli.common.UsageErrors;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code classify [--rules FILE] [--explain] PATH...}: parses and classifies files, folders (recursively) or standard input
 * ("-"), printing one JSON object per file on standard output. Bad files become REJECTED lines, never errors;
 * a path that does not exist is reported on standard error and makes the exit status 1.
 */
@Command(name = "classify", header = "Classify files or folders, print one JSON line per file.",
        description = {"Parses and classifies wire articles (plain text, HTML, NITF XML; .gz too) and prints one "
                + "JSON object per file (JSON Lines) on standard output: file, status, reason, headline, agency, "
                + "published, byline, site, url, dateline, body, wordCount, language, topics (best first, with "
                + "evidence and why), nearMisses, countries, regions, classifier.",
                "Progress goes to standard error when it is a terminal."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input read", "1:a path did not exist", "2:bad usage or an invalid rules file"})
public final class ClassifyCommand implements Callable<Integer> {

    @Option(names = "--rules", paramLabel = "FILE",
            description = "topic rules to use instead of the bundled ones (JSON with comments)")
    Path rules;

    @Option(names = "--explain", description = "instead of JSON, print for each file why each topic was tagged and "
            + "which rule stopped the strongest topics that were not, with their evidence")
    boolean explain;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "a file, a folder (read recursively) or - for standard input")
    List<String> paths;

    private final Streams io;

    ClassifyCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        DocumentClassifier classifier;
        try {
            classifier = rules == null ? DocumentClassifier.bundled() : DocumentClassifier.withRules(rules);
        } catch (DataFileException e) {
            io.err().println("classify: invalid rules: " + e.getMessage());
            return UsageErrors.STATUS;
        }
        InputFiles.Expansion inputs = InputFiles.expand(paths);
        inputs.missing().forEach(m -> io.err().println("classify: no such file or folder: " + m));
        Progress progress = Progress.onStandardError(io.err(), "classify", false);
        progress.total(inputs.files().size());
        for (String file : inputs.files()) {
            ClassifiedArticle result = InputFiles.classify(classifier, InputFiles.read(file, io.in()));
            if (explain) {
                printExplanation(file, result);
            } else {
                io.out().println(ArticleJson.toJsonLine(file, result));
            }
            progress.step();
        }
        io.out().flush();
        progress.finish();
        return inputs.missing().isEmpty() ? 0 : 1;
    }

    private void printExplanation(String file, ClassifiedArticle result) {
        if (result.status() == ClassifiedArticle.Status.REJECTED) {
            io.out().println(file + ": REJECTED: " + result.reason());
            return;
        }
        io.out().println(file + ": " + result.article().headline());
        TopicExplanation.print(TopicExplanation.of(result.classification()), result.article().language(), io.out());
    }
}
