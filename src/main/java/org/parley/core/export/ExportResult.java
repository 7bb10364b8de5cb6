package org.parley.core.export;

import java.util.List;

/**
 * What an export wrote: documents and claims written, claims it could not carry ({@code dropped},
 * each with its reason in {@code notes}), and the files made.
 */
public record ExportResult(int documents, int claims, int dropped, List<String> notes, List<String> files) {
    public ExportResult {
        notes = List.copyOf(notes);
        files = List.copyOf(files);
    }

    public static ExportResult of(int documents, int claims, String file) {
        return new ExportResult(documents, claims, 0, List.of(), List.of(file));
    }

    /** The sum of two results, as when one export is written in train, dev and test parts. */
    public ExportResult plus(ExportResult other) {
        List<String> n = new java.util.ArrayList<>(notes);
        n.addAll(other.notes);
        List<String> f = new java.util.ArrayList<>(files);
        f.addAll(other.files);
        return new ExportResult(documents + other.documents, claims + other.claims, dropped + other.dropped, n, f);
    }
}
