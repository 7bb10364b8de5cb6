package org.parley.core.export;

import java.nio.file.Path;
import org.parley.core.model.Annotation;

/**
 * {@code jsonl-claims}: one claim per line with its fields and its document's id, uuid and metadata
 * under {@code document} (no document text: the quote carries the span's text).
 */
public final class JsonlClaimsExporter implements ExportWriter {
    @Override
    public Written write(ExportSource source, Path out) throws Exception {
        DatasetJson.writeLines(source, out, (g, row) -> {
            for (Annotation c : row.claims()) {
                g.writeStartObject();
                DatasetJson.claim(g, c);
                g.writeObjectFieldStart("document");
                DatasetJson.meta(g, row.document());
                g.writeEndObject();
                g.writeEndObject();
            }
            return row.claims().size();
        });
        return Written.file(out);
    }
}
