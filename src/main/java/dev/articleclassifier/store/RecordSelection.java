package dev.articleclassifier.store;

import java.util.List;
import java.util.Objects;

/**
 * Which stored records a backfill goes over: records of the given statuses whose sort time falls in a range
 * and whose S3 key starts with a prefix. Every part is answered by the {@code byTag} index (status partition,
 * time-key range, a filter on the projected {@code key}), so selecting never scans the table.
 *
 * @param statuses  record statuses to list, e.g. {@code CLASSIFIED} and {@code REJECTED}
 * @param range     sort times, half-open as in {@link TimeRange}
 * @param keyPrefix S3 key prefix, or {@code null} for every key
 */
public record RecordSelection(List<String> statuses, TimeRange range, String keyPrefix) {

    /** The statuses whose records came from an object that can be read again (tombstones cannot). */
    public static final List<String> READABLE = List.of("CLASSIFIED", "REJECTED");

    public RecordSelection {
        statuses = List.copyOf(statuses);
        Objects.requireNonNull(range, "range");
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("select at least one status");
        }
        if (keyPrefix != null && keyPrefix.isEmpty()) {
            keyPrefix = null;
        }
    }

    /** Every classified or rejected record. */
    public static RecordSelection all() {
        return new RecordSelection(READABLE, TimeRange.all(), null);
    }
}
