package dev.articleclassifier.cli.common;

import dev.articleclassifier.classify.Classification;
import dev.articleclassifier.classify.Evidence;
import dev.articleclassifier.classify.TopicMiss;
import dev.articleclassifier.classify.TopicTag;
import dev.articleclassifier.store.StoredTags;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A rules editor's view of one record's topic decisions: each tagged topic with the rule it passed, then the
 * strongest topics that were not tagged with the rule that stopped them, each with its evidence. The same text
 * for a freshly classified file ({@code classify --explain}) and a stored record ({@code query --id}).
 */
public final class TopicExplanation {

    /** One topic decision as shown: {@code rule} is {@code null} for a tagged topic. */
    public record Line(String id, double score, String rule, String why, List<Evidence> evidence) {
    }

    private TopicExplanation() {
    }

    public static List<Line> of(Classification c) {
        return java.util.stream.Stream.concat(
                c.topics().stream().map(TopicExplanation::line),
                c.nearMisses().stream().map(TopicExplanation::line)).toList();
    }

    public static List<Line> of(StoredTags tags) {
        return java.util.stream.Stream.concat(tags.topics().stream(), tags.nearMisses().stream())
                .map(t -> new Line(t.id(), t.score(), t.rule(), t.why(), t.evidence())).toList();
    }

    private static Line line(TopicTag tag) {
        return new Line(tag.id(), tag.score(), null, tag.why(), tag.evidence());
    }

    private static Line line(TopicMiss miss) {
        return new Line(miss.id(), miss.score(), miss.rule(), miss.why(), miss.evidence());
    }

    /** Prints the decisions, two lines each; says so when no topic had any evidence. */
    public static void print(List<Line> lines, PrintStream out) {
        if (lines.isEmpty()) {
            out.println("  no topic had evidence");
        }
        for (Line line : lines) {
            String verdict = line.rule() == null ? "tagged " : "stopped";
            String rule = line.rule() == null ? "" : "[" + line.rule() + "] ";
            out.printf(Locale.ROOT, "  %s %-20s %.2f  %s%s%n", verdict, line.id(), line.score(), rule,
                    line.why() == null ? "(no reason recorded: tagged before decisions were explained)" : line.why());
            if (!line.evidence().isEmpty()) {
                out.println("          evidence: " + line.evidence().stream().map(TopicExplanation::evidence)
                        .collect(Collectors.joining(", ")));
            }
        }
    }

    private static String evidence(Evidence e) {
        return String.format(Locale.ROOT, "%s x%d (%.2f)", e.term(), e.count(), e.weight());
    }
}
