package org.parley.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code jsonl-claims}: one claim per line with its fields and its document's id, uuid and metadata
 * under {@code document} (no document text: the quote carries the span's text).
 */
public final class JsonlClaimsExporter implements Exporter {
    @Override
    public String name() {
        return "jsonl-claims";
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
                for (ClaimRow c : row.claims()) {
                    g.writeStartObject();
                    DatasetJson.claim(g, c);
                    g.writeObjectFieldStart("document");
                    DatasetJson.meta(g, row.document());
                    g.writeEndObject();
                    g.writeEndObject();
                }
                n[0]++;
                n[1] += row.claims().size();
            });
            if (n[1] > 0) {
                g.writeRaw('\n');
            }
        }
        return ExportResult.of(n[0], n[1], out.toString());
    }
}
