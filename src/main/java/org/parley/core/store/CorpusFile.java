package org.parley.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * What a file named as a corpus is, found out before Parley opens it to write and without changing a byte of it:
 * only a regular file is read (a pipe would hang), its header is read as bytes, and its identity
 * ({@code application_id}, {@code user_version}, tables) through a read-only connection.
 */
final class CorpusFile {
    /** A file that holds nothing yet (zero bytes, or an SQLite file without tables), or a corpus at {@code version}. */
    record Examined(boolean blank, int version) {
    }

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;
    /** Tables only a Parley corpus has: with them and no Parley identity, the file is a damaged corpus. */
    private static final Set<String> PARLEY_TABLES = Set.of("corpus_info", "document", "annotation", "coder");

    private CorpusFile() {
    }

    static Examined examine(Path file) {
        checkRegular(file);
        if (checkHeader(file)) {
            return new Examined(true, 0);
        }
        try (Connection c = readOnly(file)) {
            return identity(file, c);
        } catch (SQLException e) {
            throw CorpusErrors.refusal(file, e, LockWait.LIMIT);
        }
    }

    /** Refuses what is missing, a folder, not a regular file (a pipe would hang whoever opens it) or unreadable. */
    static void checkRegular(Path file) {
        if (!Files.exists(file)) {
            throw new CorpusRefusedException("no corpus at " + file + " (create one with: parley init --corpus " + file + ")");
        }
        if (Files.isDirectory(file)) {
            throw new CorpusRefusedException("not a Parley corpus: " + file + " is a folder");
        }
        if (!Files.isRegularFile(file)) {
            throw new CorpusRefusedException(file + " is not a regular file (a pipe, device or socket): a corpus is a .parley file");
        }
        if (!Files.isReadable(file)) {
            throw new CorpusRefusedException("cannot read " + file + ": permission denied");
        }
    }

    /** Whether {@code file} is a regular file that holds nothing yet; false for anything else, never a refusal. */
    static boolean isBlank(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            return examine(file).blank();
        } catch (StorageException e) {
            return false;
        }
    }

    /** A connection that cannot write to {@code file} (the driver applies no settings of its own to it). */
    static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    /** True for a zero-byte file; refuses what is not SQLite, and an SQLite file cut short. */
    private static boolean checkHeader(Path file) {
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEADER);
            size = Files.size(file);
        } catch (IOException e) {
            throw new CorpusRefusedException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (head.length == 0) {
            return true;
        }
        if (head.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC)) {
            throw new CorpusRefusedException("not a Parley corpus: " + file);
        }
        if (head.length < HEADER) {
            throw new CorpusDamagedException(file);
        }
        int pageSize = (head[16] & 0xff) << 8 | head[17] & 0xff;
        long pages = (head[28] & 0xffL) << 24 | (head[29] & 0xffL) << 16 | (head[30] & 0xffL) << 8 | head[31] & 0xffL;
        boolean sizeValid = Arrays.equals(Arrays.copyOfRange(head, 24, 28), Arrays.copyOfRange(head, 92, 96));
        long bytes = (pageSize == 1 ? 65536L : pageSize) * pages;
        // a checkpoint by another program may grow the file after writing its first page: only without a log is a
        // file shorter than its header says cut short for certain
        if (sizeValid && size < bytes && !hasLog(file)) {
            throw new CorpusDamagedException(file);
        }
        return false;
    }

    private static boolean hasLog(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static Examined identity(Path file, Connection c) throws SQLException {
        int appId = pragma(c, "application_id");
        int version = pragma(c, "user_version");
        Set<String> tables = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        boolean parleyTables = tables.containsAll(PARLEY_TABLES);
        if (appId == Corpus.APPLICATION_ID) {
            if (version > Migrations.latest()) {
                throw new CorpusRefusedException(file + " was written by a newer Parley (corpus version " + version
                        + ", this Parley reads up to " + Migrations.latest() + "): update Parley to open it");
            }
            if (version < 1 || !parleyTables) {
                throw new CorpusDamagedException(file);
            }
            return new Examined(false, version);
        }
        if (appId == 0 && version == 0 && tables.isEmpty()) {
            return new Examined(true, 0);
        }
        if (appId == 0 && parleyTables) {
            throw new CorpusDamagedException(file);
        }
        throw new CorpusRefusedException("not a Parley corpus: " + file);
    }

    private static int pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
