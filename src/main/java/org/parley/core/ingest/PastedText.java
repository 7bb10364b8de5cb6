package org.parley.core.ingest;

import java.util.Map;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.NewDocument;

/**
 * Text pasted into the window as a new document, read as a text file is ({@link PlainTextImporter}): a YAML
 * header gives its metadata and is left out of the text ({@link FrontMatter}); the headline, the dateline's
 * place, agency and date, the source of an address and the language are found as for a file
 * ({@link MetadataExtractor}). A paste is one document: it is never split like a database export.
 */
public final class PastedText {
    private PastedText() {
    }

    /** The document a paste makes; {@code text} must hold more than white space. */
    public static NewDocument document(String text) {
        String stored = StoredText.of(text);
        if (stored.isBlank()) {
            throw new IllegalArgumentException("a pasted document needs text");
        }
        DocumentMeta base = new DocumentMeta(null, null, null, null, null, null, null, null, null, null, Map.of());
        FrontMatter header = FrontMatter.of(stored);
        if (header != null && !header.body().isBlank()) {
            return new NewDocument(header.body(), MetadataExtractor.complete(header.body(), header.into(base),
                    DateText.year(header.date())));
        }
        return new NewDocument(stored, MetadataExtractor.complete(stored, base, 0));
    }
}
