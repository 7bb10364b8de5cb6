package org.parley.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.files.OutputTarget;

/**
 * Salvages a damaged corpus into a new one: the damaged file is only read (read-only connection); the new corpus is
 * made with the migrations beside the target, filled table by table and row by row ({@link RowSalvage}), rows whose
 * parent was lost are dropped (a claim without its document), the full-text index is rebuilt, its integrity checked,
 * and only then is it moved into place through {@link OutputTarget} (never over a corpus).
 */
public final class CorpusRepair {
    /** One table's rows: copied into the new corpus, and found unreadable or dropped. */
    public record Table(String name, long saved, long lost) {
        public Table {
            if (saved < 0 || lost < 0) {
                throw new IllegalArgumentException("row counts cannot be negative: " + saved + ", " + lost);
            }
        }
    }

    /** What a repair saved, per table in schema order, and the new corpus's {@code integrity_check} ("ok"). */
    public record Report(Path corpus, Path out, List<Table> tables, String integrity) {
        public Report {
            tables = List.copyOf(tables);
        }

        public long saved() {
            return tables.stream().mapToLong(Table::saved).sum();
        }

        public long lost() {
            return tables.stream().mapToLong(Table::lost).sum();
        }
    }

    private CorpusRepair() {
    }

    /**
     * Repairs {@code damaged} into {@code out}.
     *
     * @throws CorpusRefusedException when {@code damaged} is no Parley corpus or nothing in it can be read (no new file is made)
     */
    public static Report run(Path damaged, Path out) {
        CorpusFile.checkRegular(damaged);
        Path target = OutputTarget.check(out, OutputTarget.Shape.FILE, damaged);
        Path staged = target.resolveSibling("." + target.getFileName() + ".repair-" + ProcessHandle.current().pid());
        try (Connection from = CorpusFile.readOnly(damaged)) {
            try (Statement s = from.createStatement()) {
                // SQLite refuses a whole file shorter than its header says unless the schema is "writable"; with it, the
                // pages that remain are read. Nothing is written: the connection is read-only.
                s.execute("PRAGMA writable_schema = ON");
            }
            checkIdentity(damaged, from);
            List<String> sourceTables = tables(damaged, from);
            if (!sourceTables.contains("document") && !sourceTables.contains("annotation")) {
                throw new CorpusRefusedException("not a Parley corpus: " + damaged);
            }
            Corpus.create(staged).close();
            Report report;
            try (Connection to = DriverManager.getConnection("jdbc:sqlite:" + staged.toAbsolutePath())) {
                report = copy(damaged, out, from, to, sourceTables);
            }
            if (report.saved() == 0 && report.lost() > 0) {
                throw new CorpusRefusedException("nothing could be read from " + damaged + ": restore a backup");
            }
            OutputTarget.land(staged, target, damaged);
            return report;
        } catch (SQLException e) {
            throw new StorageException("repair of " + damaged + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StorageException("cannot move the repaired corpus to " + out + ": " + e.getMessage(), e);
        } finally {
            for (String side : new String[] {"", "-wal", "-shm", "-journal"}) {
                try {
                    Files.deleteIfExists(staged.resolveSibling(staged.getFileName() + side));
                } catch (IOException ignored) {
                    // a staged leftover beside the target; never the target itself
                }
            }
        }
    }

    private static void checkIdentity(Path damaged, Connection from) {
        int appId;
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("PRAGMA application_id")) {
            appId = rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw nothingRead(damaged, e);
        }
        if (appId != Corpus.APPLICATION_ID && appId != 0) {
            throw new CorpusRefusedException("not a Parley corpus: " + damaged);
        }
    }

    private static List<String> tables(Path damaged, Connection from) {
        List<String> out = new ArrayList<>();
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw nothingRead(damaged, e);
        }
    }

    private static CorpusRefusedException nothingRead(Path damaged, SQLException e) {
        if (!RowSalvage.unreadable(e)) {
            throw new StorageException("repair of " + damaged + " failed: " + e.getMessage(), e);
        }
        return new CorpusRefusedException("nothing could be read from " + damaged + " (" + e.getMessage() + "): restore a backup", e);
    }

    private static Report copy(Path damaged, Path out, Connection from, Connection to, List<String> sourceTables) throws SQLException {
        Map<String, long[]> counts = new LinkedHashMap<>();
        try (Statement s = to.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF"); // rows go in table by table; orphans are dropped at the end
            s.execute("BEGIN");
            for (String table : newTables(to)) {
                long[] c = counts.computeIfAbsent(table, k -> new long[2]);
                if (!sourceTables.contains(table)) {
                    continue;
                }
                List<String> columns = columns(to, table);
                columns.retainAll(columns(from, table));
                if (columns.isEmpty()) {
                    continue;
                }
                RowSalvage rows = new RowSalvage(from, to, table, columns);
                rows.run();
                c[0] = rows.saved;
                c[1] = rows.lost;
            }
            dropOrphans(to, counts);
            s.execute("INSERT INTO document_fts (document_fts) VALUES ('rebuild')");
            s.execute("COMMIT");
            String integrity;
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                List<String> lines = new ArrayList<>();
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
                integrity = String.join("; ", lines);
            }
            if (!integrity.equals("ok")) {
                throw new StorageException("the repaired copy of " + damaged + " fails its integrity check: " + integrity);
            }
            List<Table> tables = new ArrayList<>();
            counts.forEach((name, c) -> tables.add(new Table(name, c[0], c[1])));
            return new Report(damaged, out, tables, integrity);
        }
    }

    /** A row whose parent row was lost. */
    private record Orphan(String table, long rowid) {
    }

    /** Deletes rows whose parent row was lost (again, for their own children), counting them as lost. */
    private static void dropOrphans(Connection to, Map<String, long[]> counts) throws SQLException {
        while (true) {
            List<Orphan> orphans = new ArrayList<>();
            try (Statement s = to.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    orphans.add(new Orphan(rs.getString(1), rs.getLong(2)));
                }
            }
            if (orphans.isEmpty()) {
                return;
            }
            for (Orphan o : orphans) {
                String table = o.table();
                try (var ps = to.prepareStatement("DELETE FROM " + RowSalvage.quote(table) + " WHERE rowid = ?")) {
                    ps.setLong(1, o.rowid());
                    if (ps.executeUpdate() > 0) {
                        long[] c = counts.computeIfAbsent(table, k -> new long[2]);
                        c[0]--;
                        c[1]++;
                    }
                }
            }
        }
    }

    /** The new corpus's own tables in the order the migrations made them (parents first), without the search index's. */
    private static List<String> newTables(Connection to) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = to.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'document_fts%' ORDER BY rowid")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + RowSalvage.quote(table) + ")")) {
            while (rs.next()) {
                out.add(rs.getString("name"));
            }
        }
        return out;
    }
}
