package dev.articleclassifier.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleclassifier.classify.ClassifiedArticle;
import dev.articleclassifier.classify.CountryTag;
import dev.articleclassifier.classify.DocumentClassifier;
import dev.articleclassifier.classify.TopicTag;
import dev.articleclassifier.classify.rules.DataFileException;
import dev.articleclassifier.cli.common.Progress;
import dev.articleclassifier.cli.common.Streams;
import dev.articleclassifier.cli.common.UsageErrors;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval --gold FILE.jsonl [--rules FILE]}: measures rules against a labeled sample, so a rule author can
 * see what a change does before deploying it. Each gold line is
 * {@code {"id": "...", "text": "..." | "file": "path", "topics": ["terrorism", ...], "countries": ["RU", ...]}}
 * (a relative "file" is resolved against the gold file's folder; "countries" may be left out). Topics are scored
 * as multi-label tags: a predicted topic is right when the gold line lists it.
 */
@Command(name = "eval", header = "Precision, recall and F1 of the rules on a labeled sample.",
        description = {"Classifies every document of a labeled sample and prints precision, recall and F1 per topic "
                + "(multi-label: every predicted topic counts), micro P/R/F1 over every tag, the macro F1 of the "
                + "topics that have gold documents, topics per document (said vs gold), the share of documents "
                + "whose whole topic set is right, and micro P/R/F1 for countries.",
                "",
                "Gold file: JSON Lines, one document per line:",
                "  {\"id\": \"a1\", \"text\": \"Headline\\n\\nBody...\", \"topics\": [\"terrorism\"], \"countries\": [\"RU\"]}",
                "\"file\": \"docs/a1.txt\" may replace \"text\" (relative to the gold file's folder); "
                        + "\"countries\" is optional (lines without it are not scored for countries)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:scored", "2:bad usage, an unreadable gold file or an invalid rules file"})
public final class EvalCommand implements Callable<Integer> {


    @Option(names = "--gold", paramLabel = "FILE.jsonl", required = true, description = "the labeled sample")
    Path gold;

    @Option(names = "--rules", paramLabel = "FILE", description = "topic rules to measure instead of the bundled ones")
    Path rules;

    private final Streams io;

    EvalCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        try {
            DocumentClassifier classifier = rules == null ? DocumentClassifier.bundled() : DocumentClassifier.withRules(rules);
            Scores scores = evaluate(classifier, gold, io.err());
            scores.print(io.out());
            return 0;
        } catch (DataFileException e) {
            io.err().println("eval: invalid rules: " + e.getMessage());
            return UsageErrors.STATUS;
        } catch (IOException | IllegalArgumentException e) {
            io.err().println("eval: " + e.getMessage());
            return UsageErrors.STATUS;
        }
    }

    private static Scores evaluate(DocumentClassifier classifier, Path gold, PrintStream err) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Scores scores = new Scores();
        List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
        Progress progress = Progress.onStandardError(err, "eval", false);
        progress.total(lines.size());
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
            progress.step();
        }
        progress.finish();
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
}
