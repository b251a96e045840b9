package dev.articleclassifier.cli;

import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.classify.rules.DataFileException;
import dev.articleclassifier.parse.ArticleParser;
import dev.articleclassifier.source.FetchedObject;
import dev.articleclassifier.source.FileSource;
import dev.articleclassifier.source.SourceLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code classify [--rules FILE] PATH...}: parses and classifies files, folders (recursively) or standard input
 * ("-"), printing one JSON object per file on standard output. Bad files become REJECTED lines, never errors;
 * a path that does not exist is reported on standard error and makes the exit status 1.
 */
final class ClassifyCommand {

    static final String HELP = """
            Usage: article-classifier classify [--rules FILE] [--explain] PATH...

            Parses and classifies wire articles (plain text, HTML, NITF XML) and prints one JSON object per
            file (JSON Lines) on standard output: file, status, reason, headline, agency, published, dateline,
            body, wordCount, language, topics (best first, with evidence), countries, regions, classifier.

              PATH          a file, a folder (read recursively) or - for standard input
              --rules FILE  topic rules to use instead of the bundled ones (JSON with comments)
              --explain     instead of JSON, print for each file why each topic was tagged and which rule
                            stopped the strongest topics that were not, with their evidence
              -h, --help    show this help

            Exit status: 0 all inputs read, 1 a path did not exist, 2 bad usage or invalid rules file.
            """;

    private static final FileSource FILES = new FileSource(SourceLimits.DEFAULT);

    private ClassifyCommand() {
    }

    static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) {
        Path rules = null;
        boolean explain = false;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-h", "--help" -> {
                    out.print(HELP);
                    return 0;
                }
                case "--explain" -> explain = true;
                case "--rules" -> {
                    if (i + 1 >= args.size()) {
                        err.println("classify: --rules needs a file");
                        return 2;
                    }
                    rules = Path.of(args.get(++i));
                }
                default -> {
                    if (arg.startsWith("--")) {
                        err.println("classify: unknown option " + arg + " (see --help)");
                        return 2;
                    }
                    paths.add(arg);
                }
            }
        }
        if (paths.isEmpty()) {
            err.println("classify: no input given (see --help)");
            return 2;
        }
        DocumentClassifier classifier;
        try {
            classifier = rules == null ? DocumentClassifier.bundled() : DocumentClassifier.withRules(rules);
        } catch (DataFileException e) {
            err.println("classify: invalid rules: " + e.getMessage());
            return 2;
        }
        InputFiles.Expansion inputs = InputFiles.expand(paths);
        inputs.missing().forEach(m -> err.println("classify: no such file or folder: " + m));
        Progress progress = new Progress(err, Progress.isTerminal(), inputs.files().size());
        int done = 0;
        for (String file : inputs.files()) {
            ClassifiedArticle result = classifyOne(classifier, file, stdin);
            if (explain) {
                printExplanation(file, result, out);
            } else {
                out.println(ArticleJson.toJsonLine(file, result));
            }
            progress.update(++done);
        }
        out.flush();
        return inputs.missing().isEmpty() ? 0 : 1;
    }

    private static void printExplanation(String file, ClassifiedArticle result, PrintStream out) {
        if (result.status() == ClassifiedArticle.Status.REJECTED) {
            out.println(file + ": REJECTED: " + result.reason());
            return;
        }
        out.println(file + ": " + result.article().headline());
        TopicExplanation.print(TopicExplanation.of(result.classification()), out);
    }

    /**
     * Reads a file as the Lambda reads an object (size cap checked before reading, {@code .gz} inflated within
     * its own cap), so both give the same answer for the same file. Unreadable, oversized or corrupt files are
     * rejections like any other bad input.
     */
    private static ClassifiedArticle classifyOne(DocumentClassifier classifier, String file, InputStream stdin) {
        try {
            if (file.equals(InputFiles.STDIN)) {
                return classifier.classify(stdin.readNBytes((int) ArticleParser.DEFAULT_MAX_BYTES + 1), "stdin");
            }
            FetchedObject fetched = FILES.read(Path.of(file));
            if (fetched instanceof FetchedObject.Content content) {
                return classifier.classify(content.bytes(), content.fileName());
            }
            return classifier.reject(fetched instanceof FetchedObject.Refused refused ? refused.reason()
                    : "unreadable file: " + ((FetchedObject.Missing) fetched).detail());
        } catch (IOException e) {
            return classifier.reject("unreadable file: " + e.getMessage());
        }
    }
}
