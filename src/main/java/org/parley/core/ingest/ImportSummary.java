package org.parley.core.ingest;

import java.util.List;

/**
 * What a batch import did: files imported, skipped as duplicates, failed with their reasons, and notes on
 * what an imported file held that Parley could not map (left out, never dropped silently).
 */
public record ImportSummary(List<Imported> imported, List<Duplicate> duplicates, List<Failed> failed, List<Note> notes,
                            boolean cancelled) {
    public record Imported(String file, long id, String title) {
    }

    /** {@code of} is the id of the document already in the corpus with the same stored text. */
    public record Duplicate(String file, long of) {
    }

    public record Failed(String file, String reason) {
    }

    /**
     * Something in {@code file} that was left out: {@code count} items of one kind with their {@code names}
     * (e.g. "skipped 2 picture sources: map.png, photo.jpg"), or one finding told in {@code text} alone
     * ({@code count} 1, no names).
     */
    public record Note(String file, String text, int count, List<String> names) {
        public Note {
            names = List.copyOf(names);
            if (count < 1) {
                throw new IllegalArgumentException("a note counts at least one item: " + text);
            }
        }

        public Note(String file, String text) {
            this(file, text, 1, List.of());
        }

        /** The words a note is shown after: "not mapped" for what was left out, "added" for what a codebook import added. */
        public String label() {
            return text.startsWith(ADDED) ? "added" : "not mapped";
        }
    }

    /** How the note of a codebook import's additions begins (QdpxImport writes it). */
    public static final String ADDED = "added to the codebook ";

    public ImportSummary {
        imported = List.copyOf(imported);
        duplicates = List.copyOf(duplicates);
        failed = List.copyOf(failed);
        notes = List.copyOf(notes);
    }
}
