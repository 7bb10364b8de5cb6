package org.parley.core.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * A corpus held for our sole use while it is replaced, and proof that no other program has it open. Every Parley
 * keeps a corpus in WAL mode, where each open connection holds a shared lock on the file; so an exclusive lock
 * ({@code locking_mode=EXCLUSIVE} and a write transaction on a connection of our own) succeeds only when no one
 * else, in this process or another, has it open. Holding it, the log is written into the file and removed
 * ({@code wal_checkpoint(TRUNCATE)}, {@code journal_mode=DELETE}), so the file is whole by itself and no log of it
 * is left to be read with the file that replaces it. A file SQLite cannot open (damaged) is held by the same
 * lock bytes SQLite uses, taken directly; its log then goes with it (see {@link #keepAs}).
 */
final class CorpusLock implements AutoCloseable {
    /** SQLite's lock bytes on Unix and Windows: the shared range starts two bytes after the pending byte (1 GiB). */
    private static final long SHARED_FIRST = 0x40000000L + 2;
    private static final long SHARED_SIZE = 510;
    private static final int BUSY_MS = 250;

    private final Path corpus;
    private Connection connection;
    private FileChannel channel;
    private FileLock fileLock;

    private CorpusLock(Path corpus) {
        this.corpus = corpus;
    }

    static CorpusLock take(Path corpus) {
        CorpusLock lock = new CorpusLock(corpus);
        try {
            lock.connection = exclusive(corpus);
            return lock;
        } catch (SQLException e) {
            if (busy(e)) {
                throw inUse(corpus);
            }
        }
        // SQLite cannot work with the file (it is damaged): take its lock bytes ourselves
        try {
            lock.channel = FileChannel.open(corpus, StandardOpenOption.READ, StandardOpenOption.WRITE);
            lock.fileLock = lock.channel.tryLock(SHARED_FIRST, SHARED_SIZE, false);
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            lock.close();
            throw new BackupFailedException("cannot lock " + corpus + ": " + StagingFolder.reason(e), e);
        }
        if (lock.fileLock == null) {
            lock.close();
            throw inUse(corpus);
        }
        return lock;
    }

    private static Connection exclusive(Path corpus) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        config.setBusyTimeout(BUSY_MS);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + corpus.toAbsolutePath(), config.toProperties());
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            s.execute("COMMIT");
            try (ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                rs.next();
            }
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = DELETE")) {
                rs.next();
            }
            // the rollback-journal file is now held exclusively until this connection closes
            s.execute("BEGIN EXCLUSIVE");
            s.execute("COMMIT");
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    private static boolean busy(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED") || m.contains("database is locked");
    }

    private static BackupFailedException inUse(Path corpus) {
        return new BackupFailedException(corpus + " is open in another Parley (or another program): close it there, then restore");
    }

    /**
     * Keeps the corpus as {@code kept} (a second name for the same file where the file system allows, else the
     * corpus is renamed) with its log (WAL or rollback journal), if one is left, renamed beside it; no {@code -wal} or {@code -shm} of the
     * corpus is left at its old name. Returns whether the corpus is still at its name (a second name was made).
     */
    boolean keepAs(Path kept) throws IOException {
        boolean linked;
        try {
            Files.createLink(kept, corpus);
            linked = true;
        } catch (UnsupportedOperationException | IOException e) {
            Files.move(corpus, kept);
            linked = false;
        }
        for (String log : new String[] {"-wal", "-journal"}) {
            Path p = side(corpus, log);
            if (connection != null && log.equals("-journal")) {
                // the empty journal of our own switch out of WAL mode (SQLite keeps it in exclusive mode)
                Files.deleteIfExists(p);
            } else if (Files.exists(p)) {
                Files.move(p, side(kept, log));
            }
        }
        Files.deleteIfExists(side(corpus, "-shm")); // an index of the log, rebuilt from it
        return linked;
    }

    /** Undoes {@link #keepAs} when the restored file could not be moved in: the corpus and its log at their names. */
    void putBack(Path kept, boolean linked) throws IOException {
        for (String log : new String[] {"-wal", "-journal"}) {
            if (Files.exists(side(kept, log))) {
                Files.move(side(kept, log), side(corpus, log));
            }
        }
        if (linked) {
            Files.delete(kept);
        } else {
            Files.move(kept, corpus);
        }
    }

    static Path side(Path file, String ending) {
        return file.resolveSibling(file.getFileName() + ending);
    }

    @Override
    public void close() {
        try {
            if (fileLock != null) {
                fileLock.release();
            }
            if (channel != null) {
                channel.close();
            }
            if (connection != null) {
                connection.close();
            }
        } catch (IOException | SQLException e) {
            System.getLogger(CorpusLock.class.getName()).log(System.Logger.Level.WARNING, "releasing " + corpus, e);
        } finally {
            fileLock = null;
            channel = null;
            connection = null;
        }
    }
}
