package org.parley.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.core.model.Annotation;

/**
 * {@code jsonl-claims}: one claim per line with its fields and its document's id, uuid and metadata
 * under {@code document} (no document text: the quote carries the span's text).
 */
public final class JsonlClaimsExporter implements ExportWriter {
    @Override
    public Written write(ExportSource source, Path out) throws Exception {
        boolean[] any = {false};
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             JsonGenerator g = DatasetJson.lines(os)) {
            source.forEach(row -> {
                for (Annotation c : row.claims()) {
                    g.writeStartObject();
                    DatasetJson.claim(g, c);
                    g.writeObjectFieldStart("document");
                    DatasetJson.meta(g, row.document());
                    g.writeEndObject();
                    g.writeEndObject();
                }
                any[0] |= !row.claims().isEmpty();
            });
            if (any[0]) {
                g.writeRaw('\n');
            }
        }
        return Written.file(out);
    }
}
