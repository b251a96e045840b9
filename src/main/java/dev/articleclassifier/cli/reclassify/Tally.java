package dev.articleclassifier.cli.reclassify;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Counts outcomes as workers report them, keeps the first few failures, and prints the end-of-run report. */
public final class Tally {

    private static final int FAILURES_KEPT = 5;

    private final Map<Outcome, LongAdder> counts = new EnumMap<>(Outcome.class);
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    public Tally() {
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, new LongAdder());
        }
    }

    public void add(Outcome outcome) {
        counts.get(outcome).increment();
    }

    public void failed(String articleId, RuntimeException e) {
        add(Outcome.FAILED);
        if (failures.size() < FAILURES_KEPT) {
            failures.add(articleId + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public long count(Outcome outcome) {
        return counts.get(outcome).sum();
    }

    /** Records looked at in this run (records finished by an earlier run are not). */
    public long seen() {
        return counts.entrySet().stream().filter(e -> e.getKey() != Outcome.DONE_BEFORE)
                .mapToLong(e -> e.getValue().sum()).sum();
    }

    public long reclassified() {
        return count(Outcome.TAGS_CHANGED) + count(Outcome.UNCHANGED);
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** The report: one count per line, aligned, then timing. */
    public void print(PrintStream out, String rulesHash, boolean dryRun, double seconds) {
        out.println((dryRun ? "Dry run (nothing written), rules " : "Reclassified with rules ") + rulesHash);
        line(out, "records seen", seen());
        line(out, dryRun ? "would be reclassified" : "reclassified", reclassified());
        line(out, "  tags changed", count(Outcome.TAGS_CHANGED));
        line(out, "  unchanged", count(Outcome.UNCHANGED));
        line(out, "already current (--stale)", count(Outcome.ALREADY_CURRENT));
        line(out, "skipped (newer event)", count(Outcome.NEWER_EVENT));
        line(out, "missing objects", count(Outcome.MISSING_OBJECT));
        line(out, "failures", count(Outcome.FAILED));
        if (count(Outcome.DONE_BEFORE) > 0) {
            line(out, "done before (checkpoint)", count(Outcome.DONE_BEFORE));
        }
        out.printf("%-28s %.1f s, %.1f records/s%n", "time", seconds, seconds > 0 ? seen() / seconds : 0.0);
    }

    private static void line(PrintStream out, String label, long value) {
        out.printf("%-28s %d%n", label, value);
    }
}
