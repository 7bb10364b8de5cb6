package org.parley.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Properties;

/**
 * One open corpus file: a SQLite database with foreign keys on, WAL, a busy timeout, and durable
 * ({@code synchronous=FULL}) commits for edits a user makes by hand. All work runs through
 * {@link #write} or {@link #read}, each one transaction; calls are serialised on this object.
 */
public final class Corpus implements AutoCloseable {
    /** {@code PRAGMA application_id} of every Parley corpus ("PRLY"). */
    public static final int APPLICATION_ID = 0x50524C59;
    static final int BUSY_TIMEOUT_MS = 5000;

    private final Path file;
    private final Connection connection;
    private final Clock clock;
    private boolean bulk;

    private Corpus(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
    }

    /** Creates a new, empty corpus (schema only); fails when the file exists. */
    public static Corpus create(Path file) {
        return create(file, Clock.systemUTC());
    }

    public static Corpus create(Path file, Clock clock) {
        if (Files.exists(file)) {
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
        Corpus corpus = connect(file, clock);
        try {
            corpus.migrate();
            return corpus;
        } catch (RuntimeException e) {
            corpus.close();
            throw e;
        }
    }

    /** Opens an existing corpus and brings an older schema up to date. */
    public static Corpus open(Path file) {
        return open(file, Clock.systemUTC());
    }

    public static Corpus open(Path file, Clock clock) {
        if (!Files.exists(file)) {
            throw new CorpusRefusedException("no corpus at " + file + " (create one with: parley init --corpus " + file + ")");
        }
        if (Files.isDirectory(file)) {
            throw new CorpusRefusedException("not a Parley corpus: " + file + " is a folder");
        }
        if (!Files.isReadable(file)) {
            throw new CorpusRefusedException("cannot read " + file + ": permission denied");
        }
        if (!Files.isWritable(file)) {
            throw new CorpusRefusedException(file + " is read-only: Parley needs to write to a corpus (copy it or change its permissions)");
        }
        checkHeader(file);
        Corpus corpus = connect(file, clock);
        try {
            corpus.checkIdentity();
            corpus.migrate();
            return corpus;
        } catch (RuntimeException e) {
            corpus.close();
            throw e;
        }
    }

    private static void checkHeader(Path file) {
        byte[] magic = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(magic.length);
            if (head.length == 0) {
                return; // an empty file: becomes a corpus
            }
            if (!Arrays.equals(head, magic)) {
                throw new CorpusRefusedException("not a Parley corpus: " + file);
            }
        } catch (IOException e) {
            throw new CorpusRefusedException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Corpus connect(Path file, Clock clock) {
        try {
            Properties p = new Properties();
            p.setProperty("foreign_keys", "true");
            p.setProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MS));
            // the driver would otherwise prepare and run "SELECT last_insert_rowid()" after every INSERT
            p.setProperty("jdbc.get_generated_keys", "false");
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                s.execute("PRAGMA foreign_keys = ON");
                try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
                    rs.next();
                }
                s.execute("PRAGMA synchronous = FULL");
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            c.setAutoCommit(true);
            return new Corpus(file, c, clock);
        } catch (SQLException e) {
            throw refusal(file, e);
        }
    }

    private static StorageException refusal(Path file, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_BUSY") || m.contains("locked")) {
            return new CorpusRefusedException(file + " is locked by another program (waited " + BUSY_TIMEOUT_MS / 1000 + " s); close it there and try again", e);
        }
        if (m.contains("SQLITE_NOTADB") || m.contains("not a database") || m.contains("SQLITE_CORRUPT")) {
            return new CorpusRefusedException("not a Parley corpus: " + file, e);
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

    private void checkIdentity() {
        int appId = pragmaInt("application_id");
        int version = pragmaInt("user_version");
        if (appId == APPLICATION_ID) {
            if (version > Migrations.latest()) {
                throw new CorpusRefusedException(file + " was written by a newer Parley (corpus version " + version
                        + ", this Parley reads up to " + Migrations.latest() + "): update Parley to open it");
            }
            return;
        }
        if (appId != 0 || hasTables()) {
            throw new CorpusRefusedException("not a Parley corpus: " + file);
        }
    }

    private boolean hasTables() {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return rs.next() && rs.getInt(1) > 0;
        } catch (SQLException e) {
            throw refusal(file, e);
        }
    }

    private int pragmaInt(String name) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw refusal(file, e);
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
            throw refusal(file, e);
        }
    }

    /** Runs {@code work} as one write transaction; any failure rolls it back and names {@code operation}. */
    public synchronized <T> T write(String operation, SqlWork<T> work) {
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

    private StorageException wrap(String operation, SQLException e) {
        StorageException refused = refusal(file, e);
        if (refused instanceof CorpusRefusedException || refused.getMessage().contains("disk holding")) {
            return new StorageException(operation + " failed: " + refused.getMessage(), e);
        }
        return new StorageException(operation + " failed on " + file + ": " + e.getMessage(), e);
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
