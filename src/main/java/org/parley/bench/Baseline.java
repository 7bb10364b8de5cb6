package org.parley.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.parley.core.text.LineBreaks;

/** The bare work each Parley figure is compared with: plain JDBC on a bare table, same pragmas. */
final class Baseline implements AutoCloseable {
    private final Connection c;

    /** Creates a new baseline file with its bare tables. */
    Baseline(Path file) throws SQLException {
        c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("CREATE TABLE doc (id INTEGER PRIMARY KEY, title TEXT, text TEXT NOT NULL)");
            s.execute("CREATE VIRTUAL TABLE doc_fts USING fts5 (title, text, content = 'doc', content_rowid = 'id',"
                    + " tokenize = 'unicode61 remove_diacritics 2')");
            s.execute("CREATE TABLE claim (id INTEGER PRIMARY KEY, doc INTEGER, start_cp INTEGER, end_cp INTEGER, quote TEXT)");
        }
    }

    /** Reads the files the way Parley does (bytes, UTF-8, LF) and batch-inserts them, then rebuilds FTS5. */
    void importFiles(List<Path> files) throws Exception {
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO doc (title, text) VALUES (?, ?)")) {
            int n = 0;
            for (Path f : files) {
                String text = LineBreaks.normalise(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
                ps.setString(1, text.substring(0, Math.min(60, text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n'))));
                ps.setString(2, text);
                ps.addBatch();
                if (++n % 500 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO doc_fts (doc_fts) VALUES ('rebuild')");
        }
        c.commit();
        c.setAutoCommit(true);
    }

    /** One durable one-row insert (synchronous=FULL, autocommit). */
    void saveOne(int i) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim (doc, start_cp, end_cp, quote) VALUES (?,?,?,?)")) {
            ps.setInt(1, 1 + i % 10);
            ps.setInt(2, 10);
            ps.setInt(3, 40);
            ps.setString(4, "x".repeat(30));
            ps.executeUpdate();
        }
    }

    void durable(boolean on) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA synchronous = " + (on ? "FULL" : "NORMAL"));
        }
    }

    int search(String query) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT d.id, d.title, snippet(doc_fts, 1, '[', ']', '…', 12), f.rank
                FROM doc_fts f JOIN doc d ON d.id = f.rowid WHERE doc_fts MATCH ? ORDER BY f.rank LIMIT 50""")) {
            ps.setString(1, query);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(3);
                    n++;
                }
            }
        }
        return n;
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
