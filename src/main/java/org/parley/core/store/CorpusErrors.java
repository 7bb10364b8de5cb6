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
        return switch (kind(e)) {
            case LOCKED -> locked(file, e, waited);
            case DAMAGED -> new CorpusDamagedException(file, e);
            case READ_ONLY -> new CorpusRefusedException(file + " is read-only: Parley needs to write to a corpus", e);
            case CANNOT_OPEN -> new CorpusRefusedException("cannot open " + file + ": " + m, e);
            case DISK_FULL -> new DiskFullException("the disk holding " + file + " is full: free some space and try again", e);
            case OTHER -> new StorageException("corpus " + file + ": " + m, e);
        };
    }

    /** What an SQLite failure is about, from its result code (never from its message's words). */
    enum Kind { LOCKED, DAMAGED, READ_ONLY, CANNOT_OPEN, DISK_FULL, OTHER }

    /** SQLite's primary result codes (sqlite3.h). */
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    static Kind kind(SQLException e) {
        return switch (primaryCode(e)) {
            case SQLITE_BUSY, SQLITE_LOCKED -> Kind.LOCKED;
            case SQLITE_CORRUPT, SQLITE_NOTADB -> Kind.DAMAGED;
            case SQLITE_READONLY -> Kind.READ_ONLY;
            case SQLITE_CANTOPEN -> Kind.CANNOT_OPEN;
            case SQLITE_FULL -> Kind.DISK_FULL;
            default -> Kind.OTHER;
        };
    }

    /**
     * The primary result code of the first SQLite failure in {@code e}'s causes (Parley's own wrappers carry
     * none): the low byte of an extended code such as SQLITE_IOERR_SHORT_READ; 0 when none is known.
     */
    static int primaryCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.sqlite.SQLiteException s) {
                return s.getResultCode().code & 0xFF;
            }
            if (t instanceof SQLException s && s.getErrorCode() != 0) {
                return s.getErrorCode() & 0xFF;
            }
        }
        return 0;
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
