package dev.articleclassifier.store;

import java.util.List;

/**
 * One page of query results, newest first, and the opaque cursor to pass in the next {@link PageRequest}.
 * A {@code null} cursor means there is nothing more. (DynamoDB may hand back a cursor for a page that turns out
 * to be the last; the next page is then empty with a {@code null} cursor.)
 */
public record Page<T>(List<T> items, String cursor) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return cursor != null;
    }
}
