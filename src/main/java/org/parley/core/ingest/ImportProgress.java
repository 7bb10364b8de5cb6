package org.parley.core.ingest;

/** Told about each file as a batch import goes; the app shows a progress dialog, the CLI a bar. */
@FunctionalInterface
public interface ImportProgress {
    /** {@code done} files of {@code total} are finished; {@code current} is the file just finished. */
    void fileDone(int done, int total, String current);

    ImportProgress NONE = (done, total, current) -> { };
}
