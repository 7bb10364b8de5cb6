package org.parley.core.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/** SQLite's failures on a corpus file, said in the user's words: what is wrong with the file and what to do. */
final class CorpusErrors {
    private CorpusErrors() {
    }

    /**
     * The refusal for a failure that is about the file (locked, damaged, read-only, not a database), else a
     * {@link StorageException} naming the file. {@code waited} is how long a writer waited before giving up on a lock.
     */
    static StorageException refusal(Path file, SQLException e, Duration waited) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_BUSY") || m.contains("database is locked")) {
            return locked(file, e, waited);
        }
        if (m.contains("SQLITE_NOTADB") || m.contains("not a database") || m.contains("SQLITE_CORRUPT")
                || m.contains("malformed")) {
            return new CorpusDamagedException(file, e);
        }
        if (m.contains("SQLITE_READONLY") || m.contains("readonly")) {
            return new CorpusRefusedException(file + " is read-only: Parley needs to write to a corpus", e);
        }
        if (m.contains("SQLITE_CANTOPEN")) {
            return new CorpusRefusedException("cannot open " + file + ": " + m, e);
        }
        if (m.contains("SQLITE_FULL") || m.contains("disk is full")) {
            return new StorageException("the disk holding " + file + " is full: free some space and try again", e);
        }
        return new StorageException("corpus " + file + ": " + m, e);
    }

    private static CorpusRefusedException locked(Path file, SQLException e, Duration waited) {
        Optional<LongWrite> holder = LongWrite.current(file);
        if (holder.isPresent()) {
            return new CorpusRefusedException(file + " is locked by " + holder.get().describe() + "; try again when it ends", e);
        }
        return new CorpusRefusedException(file + " is locked by another program (waited " + waited.toSeconds()
                + " s); close it there and try again", e);
    }

    /** Said once while a writer waits for the lock. */
    static String waiting(Path file) {
        return LongWrite.current(file).map(w -> "waiting for " + w.describe() + "…")
                .orElse("waiting for another program to finish writing to " + file + "…");
    }
}
