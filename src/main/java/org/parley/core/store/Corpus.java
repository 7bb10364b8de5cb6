package org.parley.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.nio.file.LinkOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.sqlite.BusyHandler;

/**
 * One open corpus file: a SQLite database with foreign keys on, WAL, a wait for other programs' locks
 * ({@link LockWait}), and durable ({@code synchronous=FULL}) commits for edits a user makes by hand. A corpus is
 * opened to write ({@link #open}: its pages are checked first) or to read ({@link #openToRead}: a
 * {@code query_only} connection, whose pages are not checked). All work runs through {@link #write} or {@link #read}, each one transaction; calls are serialised
 * on this object. Once the file is found damaged, nothing more is written into it.
 */
public final class Corpus implements AutoCloseable {
    /** {@code PRAGMA application_id} of every Parley corpus ("PRLY"). */
    public static final int APPLICATION_ID = 0x50524C59;
    /** How long an import pauses after each commit, so that another program's waiting writer gets the lock. */
    static final long YIELD_MS = 5;

    private final Path file;
    private final Connection connection;
    private final Clock clock;
    private final LockWait lockWait;
    private final boolean writable;
    private boolean bulk;
    private boolean damaged;
    /** Completes when a check of the pages begun with {@link #checkIntactBeside} has passed; writes wait for it. */
    private volatile CompletableFuture<Void> intact = CompletableFuture.completedFuture(null);

    private Corpus(Path file, Connection connection, Clock clock, LockWait lockWait, boolean writable) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
        this.lockWait = lockWait;
        this.writable = writable;
    }

    /** Creates a new, empty corpus (schema only); fails when a file that holds anything exists there. */
    public static Corpus create(Path file) {
        return create(file, Clock.systemUTC());
    }

    public static Corpus create(Path file, Clock clock) {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !CorpusFile.isBlank(file)) {
            throw new CorpusRefusedException("a file already exists at " + file + ": choose another name");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new CorpusRefusedException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        Corpus corpus = connect(file, clock, LockWait.DEFAULT, true);
        try {
            corpus.migrate();
            return corpus;
        } catch (RuntimeException e) {
            corpus.close();
            throw e;
        }
    }

    /** Whether {@code file} holds nothing yet (zero bytes, or SQLite without tables): {@link #create} may make it a corpus. */
    public static boolean isBlank(Path file) {
        return CorpusFile.isBlank(file);
    }

    /** Opens an existing corpus to write: checks its pages, brings an older schema up to date. */
    public static Corpus open(Path file) {
        return open(file, Clock.systemUTC());
    }

    public static Corpus open(Path file, Clock clock) {
        return open(file, clock, LockWait.DEFAULT, true);
    }

    public static Corpus open(Path file, LockWait lockWait) {
        return open(file, Clock.systemUTC(), lockWait, true);
    }

    /**
     * Opens an existing corpus to write. Nothing is written into a file that is not a Parley corpus, holds nothing
     * yet ({@link #isBlank}: {@link #create} it), or is damaged. With {@code checkNow} false the caller runs
     * {@link #checkIntact} itself (on a background lane) before it lets a user write.
     */
    public static Corpus open(Path file, Clock clock, LockWait lockWait, boolean checkNow) {
        examineExisting(file);
        if (!Files.isWritable(file)) {
            throw new CorpusRefusedException(file + " is read-only: Parley needs to write to a corpus (copy it or change its permissions)");
        }
        Corpus corpus = connect(file, clock, lockWait, true);
        try {
            if (checkNow) {
                corpus.checkIntact();
            }
            corpus.migrate();
            return corpus;
        } catch (RuntimeException e) {
            corpus.close();
            throw e;
        }
    }

    /** What {@code file} is: refused unless a Parley corpus this Parley reads (one that holds nothing is {@link #create}d). */
    private static CorpusFile.Examined examineExisting(Path file) {
        CorpusFile.Examined examined = CorpusFile.examine(file);
        if (examined.blank()) {
            throw new CorpusRefusedException(file + " is empty: it is not a corpus yet (create one there with: parley init --corpus " + file + ")");
        }
        return examined;
    }

    /** Opens an existing corpus to read (listing, showing, exporting): its pages are not checked, no change can be made. */
    public static Corpus openToRead(Path file) {
        return openToRead(file, LockWait.DEFAULT);
    }

    public static Corpus openToRead(Path file, LockWait lockWait) {
        CorpusFile.Examined examined = examineExisting(file);
        if (examined.version() < Migrations.latest()) {
            open(file, Clock.systemUTC(), lockWait, true).close(); // brings the schema up to date first
        }
        return connect(file, Clock.systemUTC(), lockWait, false);
    }

    /**
     * Reads every page of the corpus ({@code PRAGMA quick_check}); throws {@link CorpusDamagedException} when any is
     * damaged, after which this corpus refuses all writes.
     */
    public void checkIntact() {
        List<String> problems = read("check the corpus", c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
        if (!problems.equals(List.of("ok"))) {
            synchronized (this) {
                damaged = true;
            }
            throw new CorpusDamagedException(file, new StorageException("quick_check: " + String.join("; ", problems)));
        }
    }

    private static Corpus connect(Path file, Clock clock, LockWait lockWait, boolean writable) {
        try {
            Properties p = new Properties();
            p.setProperty("foreign_keys", "true");
            // the driver would otherwise prepare and run "SELECT last_insert_rowid()" after every INSERT
            p.setProperty("jdbc.get_generated_keys", "false");
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
            try {
                BusyHandler.setHandler(c, lockWait.handlerFor(file));
                if (writable) {
                    try (Statement s = c.createStatement()) {
                        s.execute("PRAGMA foreign_keys = ON");
                        try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
                            rs.next();
                        }
                        s.execute("PRAGMA synchronous = FULL");
                    }
                } else {
                    // a connection that may write the log but no change: closing it removes the log files, which a
                    // read-only connection would leave behind
                    try (Statement s = c.createStatement()) {
                        s.execute("PRAGMA query_only = 1");
                    }
                }
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            c.setAutoCommit(true);
            return new Corpus(file, c, clock, lockWait, writable);
        } catch (SQLException e) {
            throw CorpusErrors.refusal(file, e, lockWait.limit());
        }
    }

    private int pragmaInt(String name) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw CorpusErrors.refusal(file, e, lockWait.limit());
        }
    }

    private void migrate() {
        int from = pragmaInt("user_version");
        if (from == Migrations.latest() && pragmaInt("application_id") == APPLICATION_ID) {
            return;
        }
        for (int v = from + 1; v <= Migrations.latest(); v++) {
            int version = v;
            write("upgrade corpus to version " + v, c -> {
                try (Statement s = c.createStatement()) {
                    for (String sql : Migrations.statements(version)) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA user_version = " + version);
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                }
                return null;
            });
        }
    }

    public Path file() {
        return file;
    }

    public Instant now() {
        return clock.instant();
    }

    public int schemaVersion() {
        return pragmaInt("user_version");
    }

    /** How much memory FTS5 may fill with new index terms before writing them out, in bulk mode. */
    static final int FTS_BUFFER_BYTES = 16 * 1024 * 1024;

    /**
     * Bulk mode (batch import): commits stay atomic but are not flushed to disk one by one
     * ({@code synchronous=NORMAL} under WAL); a crash can lose the last files imported, never half a file.
     * Ending bulk mode writes the log into the corpus file with flushes, so all of the import is then on disk.
     */
    public synchronized void bulk(boolean on) {
        if (on == bulk) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA synchronous = " + (on ? "NORMAL" : "FULL"));
            // a larger page cache while bulk importing keeps index pages from being written again and again
            s.execute("PRAGMA cache_size = " + (on ? -65536 : -2000));
            // no checkpoint (two fsyncs and a copy of every changed page) after each chunk's commit: one at the end,
            // under synchronous=FULL, so the whole import is on disk when bulk mode ends. The log file keeps its size
            // (the next write reuses it from the start; closing the corpus deletes it): truncating it cost the import
            // up to a quarter of a second for 10,000 articles.
            s.execute("PRAGMA wal_autocheckpoint = " + (on ? 0 : 1000));
            if (on) {
                // FTS5 buffers up to 16 MB of new terms before writing a segment (default 1 MB): a chunk of an import
                // becomes one segment instead of a dozen to merge later, ~25% less indexing time (ADR 0006). It is
                // kept in the index's config table, where an SQLite that does not know it ignores it; no schema change.
                s.execute("INSERT INTO document_fts (document_fts, rank) VALUES ('hashsize', " + FTS_BUFFER_BYTES + ")");
            } else {
                try (ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                    rs.next();
                }
            }
            bulk = on;
        } catch (SQLException e) {
            throw wrap(on ? "start the import" : "end the import", e);
        }
    }

    /**
     * Checks the pages ({@code PRAGMA quick_check}) on a second, read-only connection on {@code executor}, so that reads
     * go on meanwhile; every write waits until the check has passed, and fails as damaged when it did not. The app
     * uses it on opening: on a 100,000-article corpus the check takes seconds.
     */
    public CompletableFuture<Void> checkIntactBeside(java.util.concurrent.Executor executor) {
        CompletableFuture<Void> check = CompletableFuture.runAsync(() -> {
            try (Corpus reader = connect(file, clock, lockWait, false)) {
                reader.checkIntact();
            } catch (CorpusDamagedException e) {
                synchronized (this) {
                    damaged = true;
                }
                throw e;
            }
        }, executor);
        intact = check;
        return check;
    }

    private void awaitIntact() {
        try {
            intact.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r instanceof CorpusDamagedException ? new CorpusDamagedException(file) : r;
            }
            throw e;
        }
    }

    /** Runs {@code work} as one write transaction; any failure rolls it back and names {@code operation}. */
    public <T> T write(String operation, SqlWork<T> work) {
        awaitIntact(); // outside the monitor: reads go on while the pages are checked
        return writeNow(operation, work);
    }

    private synchronized <T> T writeNow(String operation, SqlWork<T> work) {
        if (!writable) {
            throw new IllegalStateException(operation + ": " + file + " was opened to read");
        }
        if (damaged) {
            throw new CorpusDamagedException(file);
        }
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
            }
        } catch (SQLException e) {
            throw wrap(operation, e);
        }
        try {
            T result = work.run(connection);
            try (Statement s = connection.createStatement()) {
                s.execute("COMMIT");
            }
            return result;
        } catch (SQLException e) {
            rollback();
            throw wrap(operation, e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        }
    }

    /** Runs {@code work} in one read transaction, so it sees one consistent state. */
    public synchronized <T> T read(String operation, SqlWork<T> work) {
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("BEGIN");
            }
            try {
                return work.run(connection);
            } finally {
                try (Statement s = connection.createStatement()) {
                    s.execute("COMMIT");
                }
            }
        } catch (SQLException e) {
            throw wrap(operation, e);
        }
    }

    private void rollback() {
        try (Statement s = connection.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // the transaction is already gone (SQLite rolls back on some errors by itself)
        }
    }

    /**
     * A failure about the file itself (locked, damaged, read-only) is its refusal, whose one line says what to do;
     * anything else names the operation. A damaged file is never written again through this corpus.
     */
    private StorageException wrap(String operation, SQLException e) {
        StorageException refused = CorpusErrors.refusal(file, e, lockWait.limit());
        if (refused instanceof CorpusDamagedException) {
            damaged = true;
        }
        if (refused instanceof CorpusRefusedException) {
            return refused;
        }
        if (refused instanceof DiskFullException) {
            return new DiskFullException(operation + " failed: " + refused.getMessage(), e);
        }
        return new StorageException(operation + " failed on " + file + ": " + e.getMessage(), e);
    }

    /**
     * Lets another program's writer that waits for the lock in (it retries every millisecond or two): called by an
     * import after each commit, so that an annotation saved meanwhile waits for one chunk, not the whole import.
     */
    public void pauseForOtherWriters() {
        try {
            Thread.sleep(YIELD_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Copies the whole corpus, consistent at one moment, to {@code target} (SQLite online backup). */
    public synchronized void backupTo(Path target) {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("backup to '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new StorageException("backup of " + file + " to " + target + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("closing " + file + " failed: " + e.getMessage(), e);
        }
    }
}
