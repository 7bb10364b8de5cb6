package org.parley.core.export.job;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.core.export.ExportSource;
import org.parley.core.export.ExportWriter;
import org.parley.core.export.ExportWriter.Written;
import org.parley.core.export.Split;

/**
 * An export with a {@link Split}: into the folder {@code out} as {@code train.EXT}, {@code dev.EXT},
 * {@code test.EXT} (folders for brat) plus {@code split.tsv}, which says which document went where. The
 * selection is worked out once and divided; each part reads only its own documents.
 */
final class SplitExport {
    private SplitExport() {
    }

    static Written write(ExportSource source, ExportFormat format, ExportWriter writer, Path out, Split split) throws Exception {
        Files.createDirectories(out);
        List<List<Long>> parts = split.apply(source.documentIds());
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("split.tsv"), StandardCharsets.UTF_8)) {
            w.write("document_id\tpart\n");
            for (int i = 0; i < parts.size(); i++) {
                for (long id : parts.get(i)) {
                    w.write(id + "\t" + Split.PARTS.get(i) + "\n");
                }
            }
        }
        int dropped = 0;
        List<String> notes = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = Split.PARTS.get(i);
            Path target = out.resolve(format.writesFolder() ? part : part + format.extension());
            Written w = writer.write(source.restrictedTo(parts.get(i)), target);
            dropped += w.dropped();
            notes.addAll(w.notes());
            files.addAll(w.files());
        }
        return new Written(dropped, notes, files);
    }
}
