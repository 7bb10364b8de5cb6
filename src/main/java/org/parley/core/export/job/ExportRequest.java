package org.parley.core.export.job;

import java.nio.file.Path;
import org.parley.core.export.Selection;
import org.parley.core.export.Split;
import org.parley.core.export.exchange.ExportOptions;

/**
 * One export as a user asked for it: the format, which documents and claims ({@code selection}), a
 * byte order mark for csv, an optional train/dev/test {@code split}, the interchange {@code options}, and
 * {@code out}: a file, or a folder when {@link #writesFolder()}.
 */
public record ExportRequest(ExportFormat format, Selection selection, boolean bom, Split split, ExportOptions options, Path out) {
    public ExportRequest {
        if (format == null || out == null) {
            throw new IllegalArgumentException("an export needs a format and a place to write it");
        }
        if (split != null && !format.uses(ExportFormat.Option.SPLIT)) {
            throw new IllegalArgumentException("a split is for datasets; " + format.name() + " is written whole");
        }
        selection = selection == null ? Selection.all() : selection;
        options = options == null ? ExportOptions.none() : options;
        bom = bom && format.uses(ExportFormat.Option.BOM);
    }

    /** True when {@code out} is a folder: brat, web-annotation and any split export. */
    public boolean writesFolder() {
        return format.writesFolder() || split != null;
    }
}
