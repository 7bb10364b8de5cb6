package org.parley.core.ingest;

import java.util.List;

/** What a batch import did: files imported, skipped as duplicates, and failed with their reasons. */
public record ImportSummary(List<Imported> imported, List<Duplicate> duplicates, List<Failed> failed, boolean cancelled) {
    public record Imported(String file, long id, String title) {
    }

    /** {@code of} is the id of the document already in the corpus with the same stored text. */
    public record Duplicate(String file, long of) {
    }

    public record Failed(String file, String reason) {
    }

    public ImportSummary {
        imported = List.copyOf(imported);
        duplicates = List.copyOf(duplicates);
        failed = List.copyOf(failed);
    }
}
