package org.parley.core.export;

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
        DatasetJson.writeLines(source, out, (g, row) -> {
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
            return 1;
        });
        return Written.file(out);
    }
}
