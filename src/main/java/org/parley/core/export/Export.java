package org.parley.core.export;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one export: the format's exporter over the selection, into {@code out} (a file for one-file
 * formats, a folder for brat), or with a {@link Split} into the folder {@code out} as
 * {@code train.EXT}, {@code dev.EXT}, {@code test.EXT} (folders for brat) plus {@code split.tsv}, which
 * says which document went where. {@code out} is a place {@code ExportJob} checked and staged: this
 * writes into it without asking what was there.
 */
public final class Export {
    private Export() {
    }

    public static ExportResult run(ExportSource source, Exporter exporter, Path out, Split split) throws Exception {
        List<Long> selected = source.documentIds(); // a bad --doc or --query fails here, before any file is made
        if (exporter.extension() == null || split != null) {
            Files.createDirectories(out);
        }
        if (split == null) {
            return exporter.write(source, out);
        }
        List<List<Long>> parts = split.apply(selected);
        ExportResult total = new ExportResult(0, 0, 0, List.of(), List.of());
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("split.tsv"), StandardCharsets.UTF_8)) {
            w.write("document_id\tpart\n");
            for (int i = 0; i < parts.size(); i++) {
                for (long id : parts.get(i)) {
                    w.write(id + "\t" + Split.PARTS.get(i) + "\n");
                }
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            String part = Split.PARTS.get(i);
            Path target = out.resolve(exporter.extension() == null ? part : part + exporter.extension());
            total = total.plus(exporter.write(source.restrictedTo(parts.get(i)), target));
        }
        return total;
    }
}
