package org.parley.core.export;

import java.util.List;

/**
 * What an export wrote: documents read and claims written (as its {@link ExportWatch} counted them, less
 * those dropped), claims it could not carry ({@code dropped}, each with its reason in {@code notes}), and
 * the files made.
 */
public record ExportResult(int documents, int claims, int dropped, List<String> notes, List<String> files) {
    public ExportResult {
        notes = List.copyOf(notes);
        files = List.copyOf(files);
    }

    /** The counts of {@code watch} with what the writer added (for a split: what its parts added together). */
    public static ExportResult of(ExportWatch watch, ExportWriter.Written written) {
        return new ExportResult(watch.documents(), watch.claims() - written.dropped(), written.dropped(), written.notes(),
                written.files());
    }
}
