package org.parley.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.core.model.Annotation;

/**
 * {@code jsonl}: one document per line with its text, metadata and a {@code claims} array. This is the
 * Parley dataset form that {@code parley import} reads back (documents and claims, uuids included).
 */
public final class JsonlExporter implements ExportWriter {
    @Override
    public Written write(ExportSource source, Path out) throws Exception {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             JsonGenerator g = DatasetJson.lines(os)) {
            boolean[] any = {false};
            source.forEach(row -> {
                any[0] = true;
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
            });
            if (any[0]) {
                g.writeRaw('\n');
            }
        }
        return Written.file(out);
    }
}
