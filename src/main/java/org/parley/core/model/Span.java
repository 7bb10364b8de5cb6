package org.parley.core.model;

/** A half-open range {@code [start, end)} of a document's stored text, in Unicode code points. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || start >= end) {
            throw new IllegalArgumentException("a span needs 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
