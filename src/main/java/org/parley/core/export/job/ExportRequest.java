package org.parley.core.export.job;

import java.nio.file.Path;
import org.parley.core.export.ExportOptions;
import org.parley.core.export.Selection;
import org.parley.core.export.Split;
import org.parley.core.files.OutputRefusedException;
import org.parley.core.files.OutputTarget;

/**
 * One export as a user asked for it: the format, which documents and claims ({@code selection}), a
 * byte order mark for csv, an optional train/dev/test {@code split}, the further {@code options}, and
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
        bom = bom && format.uses(ExportFormat.Option.BOM);
        options = (options == null ? ExportOptions.none() : options).withBom(bom);
    }

    /** True when {@code out} is a folder: brat, web-annotation and any split export. */
    public boolean writesFolder() {
        return format.writesFolder() || split != null;
    }

    /**
     * The one check of where an export may go ({@link OutputTarget}: never over the corpus or any other,
     * never into a device or pipe, through a symbolic link to the file or folder it names), made by the
     * dialog as the user types and by the export when it runs. Returns the path to write.
     *
     * @throws OutputRefusedException with one line naming the target and the problem
     */
    public Path target(Path openCorpus) {
        return OutputTarget.check(out, writesFolder() ? OutputTarget.Shape.FOLDER : OutputTarget.Shape.FILE,
                format.title() + (split != null ? " with a split" : ""), openCorpus);
    }
}
