package org.parley.core.export;

import java.nio.file.Path;

/**
 * Writes the documents and claims an {@link ExportSource} selects in one format. Offsets are code
 * points, half-open, over the exported LF text unless the format's section of docs/formats.md says
 * otherwise. {@code out} is a file, or a folder for formats that write several files.
 */
public interface Exporter {
    /** The name users type after {@code --format}. */
    String name();

    /** The file name ending of the one file this writes, or null when it writes a folder. */
    String extension();

    ExportResult write(ExportSource source, Path out) throws Exception;
}
