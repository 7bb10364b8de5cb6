package org.parley;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Fingerprints of a corpus for "the corpus is unchanged" assertions: {@link #content} hashes every row of every
 * table (read-only, through SQLite), {@link #bytes} hashes the file and its {@code -wal} byte for byte (for
 * damaged or foreign files that SQLite cannot read, and to see that nothing touched them at all).
 */
public final class CorpusDump {
    private CorpusDump() {
    }

    /** SHA-256 over every row of every table, tables by name, rows by rowid; opened read-only. */
    public static String content(Path corpus) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + corpus.toAbsolutePath() + "?mode=ro")) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                md.update(t.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            Object v = rs.getObject(i);
                            // a blob's own bytes (FTS5 keeps its index in blobs), not the array's identity
                            md.update(v instanceof byte[] b ? b : String.valueOf(v).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            md.update((byte) 0);
                        }
                        md.update((byte) '\n');
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (SQLException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot dump " + corpus + ": " + e.getMessage(), e);
        }
    }

    /** SHA-256 of the file's bytes followed by those of its {@code -wal}, if any ("absent" for a missing file). */
    public static String bytes(Path file) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path p : List.of(file, file.resolveSibling(file.getFileName() + "-wal"))) {
                md.update(Files.exists(p) ? Files.readAllBytes(p) : "absent".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
