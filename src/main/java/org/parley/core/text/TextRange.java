package org.parley.core.text;

/** A stretch of a text found or chosen in the reader: {@code start} inclusive, {@code end} exclusive, UTF-16 indexes. */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a range runs forward from 0: " + start + ".." + end);
        }
    }
}
