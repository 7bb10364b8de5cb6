package org.parley.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code doccano}: doccano's sequence-labelling JSONL, one document per line: {@code text}, {@code label}
 * ({@code [[start, end, "LABEL"], ...]} in code points, which is what doccano's Python back end counts),
 * plus {@code id}, {@code uuid}, {@code title} and {@code parley_claims} (uuid and quote per claim, in text
 * order) that doccano keeps as metadata. A claim with several codes in the label dimension gives one
 * span per code.
 */
public final class DoccanoExporter implements Exporter {
    @Override
    public String name() {
        return "doccano";
    }

    @Override
    public String extension() {
        return ".jsonl";
    }

    @Override
    public ExportResult write(ExportSource source, Path out) throws Exception {
        Labels labels = Labels.of(source.codebook(), source.selection().label());
        int[] n = new int[2];
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             JsonGenerator g = DatasetJson.lines(os)) {
            source.forEach(row -> {
                g.writeStartObject();
                g.writeNumberField("id", row.document().id());
                g.writeStringField("uuid", row.document().uuid());
                g.writeStringField("title", row.document().title());
                g.writeStringField("text", row.document().text());
                g.writeArrayFieldStart("label");
                for (ClaimRow c : row.claims()) {
                    for (String label : labels.all(c)) {
                        g.writeStartArray();
                        g.writeNumber(c.start());
                        g.writeNumber(c.end());
                        g.writeString(label);
                        g.writeEndArray();
                    }
                }
                g.writeEndArray();
                g.writeArrayFieldStart("parley_claims");
                for (ClaimRow c : row.claims()) {
                    g.writeStartObject();
                    g.writeStringField("uuid", c.uuid());
                    g.writeStringField("quote", c.quote());
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
