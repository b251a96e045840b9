package dev.articleclassifier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.CountryTag;
import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.classify.TopicTag;
import dev.articleclassifier.classify.rules.DataFileException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code eval --gold FILE.jsonl [--rules FILE]}: measures rules against a labeled sample, so a rule author can
 * see what a change does before deploying it. Each gold line is
 * {@code {"id": "...", "text": "..." | "file": "path", "topics": ["terrorism", ...], "countries": ["RU", ...]}}
 * (a relative "file" is resolved against the gold file's folder; "countries" may be left out). Topics are scored
 * as multi-label tags: a predicted topic is right when the gold line lists it.
 */
final class EvalCommand {

    static final String HELP = """
            Usage: article-classifier eval --gold FILE.jsonl [--rules FILE]

            Classifies every document of a labeled sample and prints precision, recall and F1 per topic
            (multi-label: every predicted topic counts), micro P/R/F1 over every tag, the macro F1 of topics
            that have gold documents, topics per document (said vs gold), the share of documents whose whole
            topic set is right, and micro P/R/F1 for countries.

            Gold file: JSON Lines, one document per line:
              {"id": "a1", "text": "Headline\\n\\nBody...", "topics": ["terrorism"], "countries": ["RU", "FR"]}
              "file": "docs/a1.txt" may replace "text" (relative to the gold file's folder);
              "countries" is optional (lines without it are not scored for countries).

              --gold FILE   the labeled sample (required)
              --rules FILE  topic rules to measure instead of the bundled ones
              -h, --help    show this help
            """;

    private EvalCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Path gold = null;
        Path rules = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-h") || arg.equals("--help")) {
                out.print(HELP);
                return 0;
            } else if ((arg.equals("--gold") || arg.equals("--rules")) && i + 1 < args.size()) {
                Path value = Path.of(args.get(++i));
                if (arg.equals("--gold")) {
                    gold = value;
                } else {
                    rules = value;
                }
            } else {
                err.println("eval: unexpected argument " + arg + " (see --help)");
                return 2;
            }
        }
        if (gold == null) {
            err.println("eval: --gold FILE is required (see --help)");
            return 2;
        }
        try {
            DocumentClassifier classifier = rules == null ? DocumentClassifier.bundled() : DocumentClassifier.withRules(rules);
            Scores scores = evaluate(classifier, gold, err);
            scores.print(out);
            return 0;
        } catch (DataFileException e) {
            err.println("eval: invalid rules: " + e.getMessage());
            return 2;
        } catch (IOException | IllegalArgumentException e) {
            err.println("eval: " + e.getMessage());
            return 2;
        }
    }

    private static Scores evaluate(DocumentClassifier classifier, Path gold, PrintStream err) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Scores scores = new Scores();
        List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
        Progress progress = new Progress(err, Progress.isTerminal(), lines.size());
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode doc;
            try {
                doc = json.readTree(line);
            } catch (IOException e) {
                throw new IllegalArgumentException(gold + ":" + lineNumber + ": not JSON: " + e.getMessage());
            }
            byte[] content = content(doc, gold, lineNumber);
            ClassifiedArticle result = classifier.classify(content, doc.path("id").asText("line-" + lineNumber));
            Set<String> predicted = new HashSet<>();
            result.classification().topics().stream().map(TopicTag::id).forEach(predicted::add);
            scores.addTopics(strings(doc.get("topics")), predicted);
            if (doc.has("countries")) {
                Set<String> countries = new HashSet<>();
                result.classification().countries().stream().map(CountryTag::code).forEach(countries::add);
                scores.addCountries(strings(doc.get("countries")), countries);
            }
            progress.update(lineNumber);
        }
        return scores;
    }

    private static byte[] content(JsonNode doc, Path gold, int lineNumber) throws IOException {
        if (doc.hasNonNull("text")) {
            return doc.get("text").asText().getBytes(StandardCharsets.UTF_8);
        }
        if (doc.hasNonNull("file")) {
            Path base = gold.toAbsolutePath().getParent();
            return Files.readAllBytes(base.resolve(doc.get("file").asText()));
        }
        throw new IllegalArgumentException(gold + ":" + lineNumber + ": needs \"text\" or \"file\"");
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        if (array != null) {
            array.forEach(item -> out.add(item.asText()));
        }
        return out;
    }

    /** Counts true and false positives per topic and for countries. */
    static final class Scores {
        private final java.util.Map<String, int[]> topics = new java.util.TreeMap<>();
        private final int[] countries = new int[3];
        private final int[] allTopics = new int[3];
        private int documents;
        private int countryDocuments;
        private int topicsSaid;
        private int topicsGold;
        private int wholeSetsRight;

        void addTopics(Set<String> gold, Set<String> predicted) {
            documents++;
            topicsSaid += predicted.size();
            topicsGold += gold.size();
            if (gold.equals(predicted)) {
                wholeSetsRight++;
            }
            Set<String> all = new TreeSet<>(gold);
            all.addAll(predicted);
            for (String topic : all) {
                int[] c = topics.computeIfAbsent(topic, k -> new int[3]);
                tally(c, gold.contains(topic), predicted.contains(topic));
                tally(allTopics, gold.contains(topic), predicted.contains(topic));
            }
        }

        void addCountries(Set<String> gold, Set<String> predicted) {
            countryDocuments++;
            Set<String> all = new TreeSet<>(gold);
            all.addAll(predicted);
            for (String code : all) {
                tally(countries, gold.contains(code), predicted.contains(code));
            }
        }

        private static void tally(int[] c, boolean isGold, boolean isPredicted) {
            if (isGold && isPredicted) {
                c[0]++;
            } else if (isPredicted) {
                c[1]++;
            } else {
                c[2]++;
            }
        }

        void print(PrintStream out) {
            out.printf("%d documents%n%n%-22s %9s %9s %9s %8s%n", documents, "topic", "precision", "recall", "F1", "gold");
            List<Double> f1s = new ArrayList<>();
            topics.forEach((topic, c) -> {
                double[] prf = prf(c);
                if (c[0] + c[2] > 0) {
                    f1s.add(prf[2]);
                }
                out.printf("%-22s %9.3f %9.3f %9.3f %8d%n", topic, prf[0], prf[1], prf[2], c[0] + c[2]);
            });
            double[] micro = prf(allTopics);
            out.printf("%-22s %9.3f %9.3f %9.3f%n", "micro (every tag)", micro[0], micro[1], micro[2]);
            out.printf("%-22s %29.3f  (topics with gold documents)%n", "macro F1",
                    f1s.stream().mapToDouble(Double::doubleValue).average().orElse(0));
            if (documents > 0) {
                out.printf("%ntopics per document: said %.2f, gold %.2f (ratio %.2f); whole set right %.1f%%%n",
                        (double) topicsSaid / documents, (double) topicsGold / documents,
                        topicsGold == 0 ? 0 : (double) topicsSaid / topicsGold, 100.0 * wholeSetsRight / documents);
            }
            if (countryDocuments > 0) {
                double[] prf = prf(countries);
                out.printf("%ncountries (%d documents): precision %.3f  recall %.3f  F1 %.3f%n",
                        countryDocuments, prf[0], prf[1], prf[2]);
            }
        }

        private static double[] prf(int[] c) {
            double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
        }
    }
}
