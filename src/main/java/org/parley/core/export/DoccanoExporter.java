package org.parley.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.core.model.Annotation;

/**
 * {@code doccano}: doccano's sequence-labelling JSONL, one document per line: {@code text}, {@code label}
 * ({@code [[start, end, "LABEL"], ...]} in code points, which is what doccano's Python back end counts),
 * plus {@code id}, {@code uuid}, {@code title} and {@code parley_claims} (uuid and quote per claim, in text
 * order) that doccano keeps as metadata. A claim with several codes in the label dimension gives one
 * span per code.
 */
public final class DoccanoExporter implements ExportWriter {
    @Override
    public Written write(ExportSource source, Path out) throws Exception {
        Labels labels = Labels.of(source.codebook(), source.selection().label());
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             JsonGenerator g = DatasetJson.lines(os)) {
            boolean[] any = {false};
            source.forEach(row -> {
                any[0] = true;
                g.writeStartObject();
                g.writeNumberField("id", row.document().id());
                g.writeStringField("uuid", row.document().uuid());
                g.writeStringField("title", row.document().title());
                g.writeStringField("text", row.document().text());
                g.writeArrayFieldStart("label");
                for (Annotation c : row.claims()) {
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
                for (Annotation c : row.claims()) {
                    g.writeStartObject();
                    g.writeStringField("uuid", c.uuid());
                    g.writeStringField("quote", c.quote());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            });
            if (any[0]) {
                g.writeRaw('\n');
            }
        }
        return Written.file(out);
    }
}
