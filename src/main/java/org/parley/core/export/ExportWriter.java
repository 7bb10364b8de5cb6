package org.parley.core.export;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes the documents and claims an {@link ExportSource} selects in one format, datasets and
 * interchange alike. Offsets are code points, half-open, over the exported LF text unless the format's
 * section of docs/formats.md says otherwise. {@code out} is a file, or a folder for formats that write
 * several files; it lies in a staging folder the export job checked and made, so a writer writes
 * straight into it. The documents and claims read are counted by the source's {@link ExportWatch};
 * the writer tells only what it adds: claims it could not carry, notes, the files it made.
 */
@FunctionalInterface
public interface ExportWriter {
    Written write(ExportSource source, Path out) throws Exception;

    /** What a writer adds to the counts: claims it had to leave out ({@code dropped}, each reason in {@code notes}) and the files made. */
    record Written(int dropped, List<String> notes, List<String> files) {
        public Written {
            if (dropped < 0) {
                throw new IllegalArgumentException("dropped must not be negative: " + dropped);
            }
            notes = List.copyOf(notes);
            files = List.copyOf(files);
        }

        /** One file, nothing left out. */
        public static Written file(Path out) {
            return new Written(0, List.of(), List.of(out.toString()));
        }

        /** One file with notes, nothing left out. */
        public static Written file(Path out, List<String> notes) {
            return new Written(0, notes, List.of(out.toString()));
        }
    }
}
