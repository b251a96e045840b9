package dev.articleclassifier.store;

import java.util.List;
import java.util.Objects;

/**
 * Which stored records a backfill goes over: records of the given statuses whose sort time falls in a range,
 * whose S3 key starts with a prefix and, optionally, whose rules hash differs from the current one. Every part is
 * answered by the {@code byTag} index (status partition, time-key range, a filter on the projected {@code key}
 * and {@code rulesHash}), so selecting never scans the table.
 *
 * @param statuses       record statuses to list, e.g. {@code CLASSIFIED} and {@code REJECTED}
 * @param range          sort times, half-open as in {@link TimeRange}
 * @param keyPrefix      S3 key prefix, or {@code null} for every key
 * @param otherRulesThan a rules hash: only records tagged by other rules (or stored without a top-level rules
 *                       hash, before it was written) are selected; {@code null} for every record
 */
public record RecordSelection(List<String> statuses, TimeRange range, String keyPrefix, String otherRulesThan) {

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
        if (otherRulesThan != null && otherRulesThan.isEmpty()) {
            otherRulesThan = null;
        }
    }

    /** Records of any rules hash. */
    public RecordSelection(List<String> statuses, TimeRange range, String keyPrefix) {
        this(statuses, range, keyPrefix, null);
    }

    /** Every classified or rejected record. */
    public static RecordSelection all() {
        return new RecordSelection(READABLE, TimeRange.all(), null);
    }

    /** This selection narrowed to the records whose rules hash differs from {@code rulesHash} ({@code --stale}). */
    public RecordSelection taggedByOtherRulesThan(String rulesHash) {
        return new RecordSelection(statuses, range, keyPrefix, Objects.requireNonNull(rulesHash, "rulesHash"));
    }
}
