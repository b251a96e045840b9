package dev.articleclassifier.cli;

import dev.articleclassifier.classify.Classifier;
import dev.articleclassifier.classify.rules.DataFileException;
import dev.articleclassifier.classify.rules.RuleSettings;
import dev.articleclassifier.classify.rules.TopicRule;
import dev.articleclassifier.classify.rules.TopicRules;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rules check FILE}: compiles a rules file exactly as the function would (with the bundled gazetteer),
 * so "valid" here means the function will accept it, and prints what it defines. The rules hash printed is the
 * one records tagged by these rules will carry.
 */
final class RulesCommandCheck {

    static final String HELP = """
            Usage: article-classifier rules check FILE|bundled

            Validates a topic rules file (JSON with comments) and prints what it defines: version, settings,
            each topic with its id, label, IPTC code, number of terms and threshold, each topic's description
            (what a story must be about to carry it), and the rules hash that records tagged with it will carry.
            An invalid file is reported as FILE:LINE: FIELD: problem. "bundled" checks the rules inside the jar.

              -h, --help    show this help

            Exit status: 0 valid, 2 invalid file or bad usage.
            """;

    private RulesCommandCheck() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (QueryCommandOptions.wantsHelp(args)) {
            out.print(HELP);
            return 0;
        }
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            err.println("rules check: give one rules file (see --help)");
            return 2;
        }
        Classifier classifier;
        try {
            classifier = args.get(0).equals(RulesCommandDiff.BUNDLED) ? Classifier.bundled()
                    : Classifier.withRules(Path.of(args.get(0)));
        } catch (DataFileException e) {
            err.println("rules check: " + e.getMessage());
            return 2;
        }
        print(args.get(0), classifier, out);
        return 0;
    }

    static void print(String file, Classifier classifier, PrintStream out) {
        TopicRules rules = classifier.rules();
        RuleSettings s = rules.settings();
        out.println(file + ": valid");
        out.println("version     " + rules.version());
        out.println("rules hash  " + classifier.rulesHash() + " (with the bundled gazetteer)");
        out.printf("settings    headlineBoost %s, leadBoost %s, scale %s, threshold %s, maxTopics %d,"
                        + " secondaryShare %s, secondaryMinTerms %d%n", s.headlineBoost(), s.leadBoost(), s.scale(),
                s.threshold(), s.maxTopics(), s.secondaryShare(), s.secondaryMinTerms());
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
            out.println(topic.id() + ": " + (topic.description().isEmpty() ? "(no description)" : topic.description()));
        }
        out.flush();
    }
}
