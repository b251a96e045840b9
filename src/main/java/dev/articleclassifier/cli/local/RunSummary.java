package dev.articleclassifier.cli.local;

import dev.articleclassifier.handler.RecordLog;
import dev.articleclassifier.handler.RecordOutcome;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a local run shows: one line per record as the handler finishes it, then totals per outcome, articles per
 * topic and per region, and every rejected object with its reason.
 */
final class RunSummary implements RecordLog {

    private final PrintStream out;
    private final List<RecordOutcome> outcomes = new ArrayList<>();

    RunSummary(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void write(RecordOutcome outcome) {
        outcomes.add(outcome);
        out.println(line(outcome));
    }

    static String line(RecordOutcome outcome) {
        StringBuilder line = new StringBuilder(String.format("  %-9s %s", outcome.outcome().label(),
                outcome.event().object().key()));
        if (!outcome.topics().isEmpty()) {
            line.append("  topics: ").append(String.join(", ", outcome.topics()));
        }
        if (!outcome.regions().isEmpty()) {
            line.append("  regions: ").append(String.join(", ", outcome.regions()));
        }
        if (outcome.detail() != null) {
            line.append("  (").append(outcome.detail()).append(')');
        }
        return line.append("  ").append(outcome.millis()).append(" ms").toString();
    }

    synchronized void print() {
        Map<RecordOutcome.Outcome, Integer> counts = new EnumMap<>(RecordOutcome.Outcome.class);
        Map<String, Integer> topics = new TreeMap<>();
        Map<String, Integer> regions = new TreeMap<>();
        List<RecordOutcome> rejected = new ArrayList<>();
        for (RecordOutcome outcome : outcomes) {
            counts.merge(outcome.outcome(), 1, Integer::sum);
            outcome.topics().forEach(t -> topics.merge(t, 1, Integer::sum));
            outcome.regions().forEach(r -> regions.merge(r, 1, Integer::sum));
            if (outcome.outcome() == RecordOutcome.Outcome.REJECTED) {
                rejected.add(outcome);
            }
        }
        out.println();
        StringBuilder totals = new StringBuilder("Processed " + outcomes.size() + " records:");
        counts.forEach((outcome, n) -> totals.append(' ').append(n).append(' ').append(outcome.label()).append(','));
        out.println(totals.substring(0, totals.length() - (counts.isEmpty() ? 0 : 1)));
        table("Articles per topic:", topics);
        table("Articles per region:", regions);
        out.println("Rejected:");
        if (rejected.isEmpty()) {
            out.println("  (none)");
        }
        rejected.forEach(r -> out.printf("  %-48s %s%n", r.event().object().key(), r.detail()));
    }

    private void table(String title, Map<String, Integer> counts) {
        out.println(title);
        if (counts.isEmpty()) {
            out.println("  (none)");
        }
        counts.forEach((name, n) -> out.printf("  %-32s %d%n", name, n));
    }
}
