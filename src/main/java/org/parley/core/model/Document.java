package org.parley.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored document. {@code text} is immutable once imported (LF line ends, no BOM); {@code sha256} is
 * the SHA-256 of that text in UTF-8 and identifies duplicates. {@code deleted} is set while in the trash.
 */
public record Document(long id, String uuid, String text, String sha256, DocumentMeta meta,
                       Instant imported, Instant deleted) {
    public Document {
        uuid = Ids.checkUuid(uuid);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(imported, "imported");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a document needs text");
        }
        if (text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("stored text must use LF line ends");
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a lower-case SHA-256: " + sha256);
        }
    }

    public String title() {
        return meta.title();
    }

    public boolean inTrash() {
        return deleted != null;
    }
}
