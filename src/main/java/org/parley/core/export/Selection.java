package org.parley.core.export;

import java.util.List;

/**
 * Which documents and claims an export takes: {@code docs} (ids or uuids; empty = all), {@code query}
 * (FTS5 search, null = no filter), {@code coders} (empty = all), accepted claims only or all statuses
 * (rejected claims are never exported unless {@code acceptedOnly} is false), and the {@code label}
 * dimension for formats with one label per span.
 */
public record Selection(List<String> docs, String query, List<String> coders, boolean acceptedOnly, String label) {
    public static final String DEFAULT_LABEL = "stance";

    public Selection {
        docs = docs == null ? List.of() : List.copyOf(docs);
        coders = coders == null ? List.of() : List.copyOf(coders);
        query = query == null || query.isBlank() ? null : query.strip();
        label = label == null || label.isBlank() ? DEFAULT_LABEL : label.strip();
    }

    public static Selection all() {
        return new Selection(List.of(), null, List.of(), true, DEFAULT_LABEL);
    }

    public Selection withStatusAll() {
        return new Selection(docs, query, coders, false, label);
    }
}
