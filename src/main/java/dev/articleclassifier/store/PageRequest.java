package dev.articleclassifier.store;

/**
 * Which page of a query to read: at most {@code limit} items, continuing after {@code cursor} (from the previous
 * {@link Page}), or from the start when the cursor is {@code null}.
 */
public record PageRequest(int limit, String cursor) {

    public PageRequest {
        if (limit < 1 || limit > 1_000) {
            throw new IllegalArgumentException("page size must be 1..1000, was " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}
