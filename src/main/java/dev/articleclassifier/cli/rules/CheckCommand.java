package dev.articleclassifier.cli.rules;

import dev.articleclassifier.classify.Classifier;
import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.classify.rules.DataFileException;
import dev.articleclassifier.classify.rules.RuleSettings;
import dev.articleclassifier.classify.rules.TopicRule;
import dev.articleclassifier.classify.rules.TopicRules;
import dev.articleclassifier.cli.common.Streams;
import dev.articleclassifier.cli.common.TableFormats;
import dev.articleclassifier.cli.common.UsageErrors;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code rules check FILE}: compiles a rules file exactly as the function would (with the bundled gazetteer),
 * so "valid" here means the function will accept it, and prints what it defines. The rules hash printed is the
 * one records tagged by these rules will carry.
 */
@Command(name = "check", header = "Validate a rules file and print what it defines.",
        description = {"Validates a topic rules file (JSON with comments) and prints what it defines: version, "
                + "settings, each topic with its id, label, IPTC code, number of terms and threshold, each topic's "
                + "description (what a story must be about to carry it), and the rules hash that records tagged "
                + "with it will carry. An invalid file is reported as FILE:LINE: FIELD: problem."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:valid", "2:invalid file or bad usage"})
final class CheckCommand implements Callable<Integer> {


    @Parameters(paramLabel = "FILE", description = "the rules file, or \"bundled\" for the rules inside the jar")
    String file;

    private final Streams io;

    CheckCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        DocumentClassifier classifier;
        try {
            classifier = RulesCommand.load(file);
        } catch (DataFileException e) {
            io.err().println("rules check: " + e.getMessage());
            return UsageErrors.STATUS;
        }
        print(file, classifier.classifier(), io.out());
        return 0;
    }

    static void print(String file, Classifier classifier, PrintStream out) {
        TopicRules rules = classifier.rules();
        RuleSettings s = rules.settings();
        out.println(file + ": valid");
        out.println("version     " + rules.version());
        out.println("rules hash  " + classifier.rulesHash() + " (with the bundled gazetteer)");
        out.printf("settings    headlineBoost %s, leadBoost %s, scale %s, threshold %s, maxTopics %d,"
                        + " secondaryShare %s, secondaryMinTerms %d, narrowerShare %s, closeShare %s, briefWords %d%n",
                s.headlineBoost(), s.leadBoost(), s.scale(), s.threshold(), s.maxTopics(), s.secondaryShare(),
                s.secondaryMinTerms(), s.narrowerShare(), s.closeShare(), s.briefWords());
        out.println();
        List<List<Object>> rows = new ArrayList<>();
        for (TopicRule topic : rules.topics()) {
            double threshold = Double.isNaN(topic.threshold()) ? s.threshold() : topic.threshold();
            rows.add(List.of(topic.id(), topic.label(), topic.iptc(), topic.terms().size(), topic.negatives().size(),
                    topic.requires().size(), TableFormats.rounded(threshold)));
        }
        TableFormats.table(List.of("topic", "label", "iptc", "terms", "negative", "requires", "threshold"), rows, out);
        out.println(rules.topics().size() + " topics");
        out.println();
        for (TopicRule topic : rules.topics()) {
            out.println(topic.id() + ": " + (topic.description().isEmpty() ? "(no description)" : topic.description())
                    + (topic.broader().isEmpty() ? "" : " Narrower than " + topic.broader() + "."));
        }
        out.flush();
    }
}
