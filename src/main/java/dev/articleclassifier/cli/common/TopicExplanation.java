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
 * strongest topics that were not tagged with the rule that stopped them, each with its evidence. The same layout
 * for a freshly classified file ({@code classify --explain}, all evidence) and a stored record
 * ({@code query --id}, the strongest terms the table keeps).
 */
public final class TopicExplanation {

    /**
     * One topic decision as shown.
     *
     * @param tagged whether the record carries the topic (else it is a near miss, stopped by {@code rule})
     */
    public record Line(String id, double score, boolean tagged, String rule, String why, List<Evidence> evidence) {
    }

    private TopicExplanation() {
    }

    public static List<Line> of(Classification c) {
        return java.util.stream.Stream.concat(
                c.topics().stream().map(TopicExplanation::line),
                c.nearMisses().stream().map(TopicExplanation::line)).toList();
    }

    public static List<Line> of(StoredTags tags) {
        return java.util.stream.Stream.concat(
                tags.topics().stream().map(t -> new Line(t.id(), t.score(), true, null, t.why(), t.evidence())),
                tags.nearMisses().stream().map(t -> new Line(t.id(), t.score(), false, t.rule(), t.why(), t.evidence())))
                .toList();
    }

    private static Line line(TopicTag tag) {
        return new Line(tag.id(), tag.score(), true, null, tag.why(), tag.evidence());
    }

    private static Line line(TopicMiss miss) {
        return new Line(miss.id(), miss.score(), false, miss.rule(), miss.why(), miss.evidence());
    }

    /**
     * Prints the decisions, two lines each. With none, says why: topics are scored in English only, so a text in
     * another {@code language} (ISO 639-1, may be {@code null}) was not scored at all.
     */
    public static void print(List<Line> lines, String language, PrintStream out) {
        if (lines.isEmpty()) {
            boolean english = language == null || language.equals("en") || language.equals("und");
            out.println(english ? "  no topic had evidence"
                    : "  topics not scored: the text is in language \"" + language + "\" and the rules are English");
        }
        for (Line line : lines) {
            String verdict = line.tagged() ? "tagged " : "stopped";
            String rule = line.tagged() ? "" : "[" + (line.rule() == null ? "?" : line.rule()) + "] ";
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
