package org.parley.core.config;

/** Where a coder left off in one corpus: the open document and the caret's position in its text (UTF-16). */
public record Place(long document, int position) {
    public Place {
        if (document <= 0) {
            throw new IllegalArgumentException("a document id is positive: " + document);
        }
        if (position < 0) {
            throw new IllegalArgumentException("a position is not negative: " + position);
        }
    }
}
