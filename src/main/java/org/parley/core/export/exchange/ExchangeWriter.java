package org.parley.core.export.exchange;

import java.nio.file.Path;
import org.parley.core.export.ExportSource;

/** Writes the selected documents and claims in one interchange format to {@code out} (a file or a folder). */
@FunctionalInterface
public interface ExchangeWriter {
    void write(ExportSource source, Path out, ExportOptions options) throws Exception;
}
