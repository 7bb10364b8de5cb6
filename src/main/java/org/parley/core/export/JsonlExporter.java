package org.parley.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code jsonl}: one document per line with its text, metadata and a {@code claims} array. This is the
 * Parley dataset form that {@code parley import} reads back (documents and claims, uuids included).
 */
public final class JsonlExporter implements Exporter {
    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public String extension() {
        return ".jsonl";
    }

    @Override
    public ExportResult write(ExportSource source, Path out) throws Exception {
        int[] n = new int[2];
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             JsonGenerator g = DatasetJson.lines(os)) {
            source.forEach(row -> {
                g.writeStartObject();
                DatasetJson.meta(g, row.document());
                g.writeStringField("text", row.document().text());
                g.writeArrayFieldStart("claims");
                for (ClaimRow c : row.claims()) {
                    g.writeStartObject();
                    DatasetJson.claim(g, c);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                n[0]++;
                n[1] += row.claims().size();
            });
            if (n[0] > 0) {
                g.writeRaw('\n');
            }
        }
        return ExportResult.of(n[0], n[1], out.toString());
    }
}
