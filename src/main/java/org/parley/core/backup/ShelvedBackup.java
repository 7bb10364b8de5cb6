package org.parley.core.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/** One automatic backup on a corpus's shelf: its file, when it was taken, why, and its size in bytes. */
public record ShelvedBackup(Path file, Instant taken, BackupKind kind, long bytes) {
    public ShelvedBackup {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(taken, "taken");
        Objects.requireNonNull(kind, "kind");
        if (bytes < 0) {
            throw new IllegalArgumentException("a backup's size is not negative: " + bytes);
        }
    }
}
