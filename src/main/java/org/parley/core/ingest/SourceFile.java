package org.parley.core.ingest;

import java.nio.file.Path;
import org.parley.core.store.Sha256;

/** A file being imported: its path, its bytes and their SHA-256. */
public record SourceFile(Path path, byte[] bytes) {
    public String name() {
        return path.getFileName().toString();
    }

    public String sha256() {
        return Sha256.of(bytes);
    }
}
