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
        Header h = header(file);
        if (h == null) {
            return new Examined(true, 0);
        }
        if (!hasLog(file)) {
            // without a log the header is the whole truth: another application's file is refused without SQLite opening it
            if (h.applicationId() != 0 && h.applicationId() != Corpus.APPLICATION_ID) {
                throw new CorpusRefusedException("not a Parley corpus: " + file);
            }
            if (h.applicationId() == Corpus.APPLICATION_ID) {
                checkVersion(file, h.version(), true);
            }
            if (h.applicationId() == 0 && h.version() == 0 && h.noSchema()) {
                return new Examined(true, 0);
            }
        }
        try (Connection c = readOnly(file)) {
            return identity(file, c);
        } catch (SQLException e) {
            throw CorpusErrors.refusal(file, e, LockWait.LIMIT);
        }
    }

    /** The database header's fields that say what a file is: identity, size, and whether page 1 lists any table. */
    private record Header(int applicationId, int version, boolean noSchema) {
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

    /**
     * A connection that cannot write to {@code file} and leaves nothing beside it: without a log (no other program
     * writing, nothing left uncommitted to the file) the file is read as immutable, so no {@code -wal} or {@code -shm}
     * is made; with one, it is read through the log. The driver applies no settings of its own.
     */
    static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        if (hasLog(file)) {
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        }
        String uri = file.toAbsolutePath().toUri().toString(); // file:/..., percent-encoded as SQLite's URIs are
        return DriverManager.getConnection("jdbc:sqlite:" + uri + "?immutable=1", config.toProperties());
    }

    /** Null for a zero-byte file; refuses what is not SQLite, and an SQLite file cut short. */
    private static Header header(Path file) {
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEADER + 8);
            size = Files.size(file);
        } catch (IOException e) {
            throw new CorpusRefusedException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (head.length == 0) {
            return null;
        }
        if (head.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC)) {
            throw new CorpusRefusedException("not a Parley corpus: " + file);
        }
        if (head.length < HEADER + 8) {
            throw new CorpusDamagedException(file);
        }
        int pageSize = (int) number(head, 16, 2);
        long bytes = (pageSize == 1 ? 65536L : pageSize) * number(head, 28, 4);
        boolean sizeValid = Arrays.equals(Arrays.copyOfRange(head, 24, 28), Arrays.copyOfRange(head, 92, 96));
        // a checkpoint by another program may grow the file after writing its first page: only without a log is a
        // file shorter than its header says cut short for certain
        if (sizeValid && size < bytes && !hasLog(file)) {
            throw new CorpusDamagedException(file);
        }
        boolean noSchema = head[HEADER] == 0x0D && number(head, HEADER + 3, 2) == 0; // page 1 a leaf with no cells
        return new Header((int) number(head, 68, 4), (int) number(head, 60, 4), noSchema);
    }

    /** A big-endian number of {@code length} bytes at {@code offset}. */
    private static long number(byte[] b, int offset, int length) {
        long n = 0;
        for (int i = offset; i < offset + length; i++) {
            n = n << 8 | b[i] & 0xff;
        }
        return n;
    }

    /** Whether a {@code -wal} with frames or a {@code -journal} lies beside the file: another program may be writing. */
    static boolean hasLog(Path file) {
        for (String side : new String[] {"-wal", "-journal"}) {
            Path log = file.resolveSibling(file.getFileName() + side);
            try {
                if (Files.exists(log) && Files.size(log) > 0) {
                    return true;
                }
            } catch (IOException e) {
                return true;
            }
        }
        return false;
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
            checkVersion(file, version, parleyTables);
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

    /** A Parley corpus's version: one this Parley reads, and with its tables; version 0 means its identity is damaged. */
    private static void checkVersion(Path file, int version, boolean parleyTables) {
        if (version > Migrations.latest()) {
            throw new CorpusRefusedException(file + " was written by a newer Parley (corpus version " + version
                    + ", this Parley reads up to " + Migrations.latest() + "): update Parley to open it");
        }
        if (version < 1 || !parleyTables) {
            throw new CorpusDamagedException(file);
        }
    }

    private static int pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
