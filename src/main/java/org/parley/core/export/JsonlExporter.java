package org.parley.core.export;

import java.nio.file.Path;
import org.parley.core.model.Annotation;

/**
 * {@code jsonl}: one document per line with its text, metadata and a {@code claims} array. This is the
 * Parley dataset form that {@code parley import} reads back (documents and claims, uuids included).
 */
public final class JsonlExporter implements ExportWriter {
    @Override
    public Written write(ExportSource source, Path out) throws Exception {
        DatasetJson.writeLines(source, out, (g, row) -> {
            g.writeStartObject();
            DatasetJson.meta(g, row.document());
            g.writeStringField("text", row.document().text());
            g.writeArrayFieldStart("claims");
            for (Annotation c : row.claims()) {
                g.writeStartObject();
                DatasetJson.claim(g, c);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            return 1;
        });
        return Written.file(out);
    }
}
