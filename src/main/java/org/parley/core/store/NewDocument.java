package org.parley.core.store;

import java.util.Objects;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.Ids;

/**
 * A document about to be stored: its stored text (already LF and BOM-free) and metadata. {@code uuid} is
 * null for a fresh document, or the uuid it had in the corpus it was exported from.
 */
public record NewDocument(String uuid, String text, DocumentMeta meta) {
    public NewDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(meta, "meta");
        if (uuid != null) {
            uuid = Ids.checkUuid(uuid);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("the document has no text");
        }
        if (text.indexOf('\r') >= 0 || text.startsWith("\uFEFF")) {
            throw new IllegalArgumentException("stored text must have LF line ends and no BOM");
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("the text contains NUL characters (a binary file?)");
        }
    }

    public NewDocument(String text, DocumentMeta meta) {
        this(null, text, meta);
    }
}
