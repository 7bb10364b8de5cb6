package org.parley.core.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.core.codebook.CodebookPresets;
import org.parley.core.model.DocumentMeta;

/**
 * Files given as a corpus that are not a sound one, for tests: corpora damaged as a disk or a careless program
 * damages them (pages overwritten, the file cut short), and another application's SQLite database.
 */
public final class BadCorpusFiles {
    public static final int DOCUMENTS = 300;

    private BadCorpusFiles() {
    }

    /** A sound corpus with the arms-control codebook and {@link #DOCUMENTS} documents of about 1.5 KB each. */
    public static Path filled(Path file) {
        try (Corpus c = Corpus.create(file)) {
            new CodebookStore(c).merge(CodebookPresets.preset(CodebookPresets.DEFAULT), "tester");
            DocumentStore docs = new DocumentStore(c);
            for (int i = 1; i <= DOCUMENTS; i++) {
                docs.add(new NewDocument(("Article " + i + ". The minister said the treaty matters. ").repeat(30),
                        DocumentMeta.titled("Article " + i)), "tester");
            }
        }
        return file;
    }

    /** Another application's database: one table with one row, rollback journal, {@code applicationId} (0: none). */
    public static Path foreignDatabase(Path file, int applicationId) throws java.sql.SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + applicationId);
            s.execute("CREATE TABLE notes (x TEXT)");
            s.execute("INSERT INTO notes VALUES ('mine')");
        }
        return file;
    }

    /** Overwrites {@code count} of the document table's leaf pages, from the middle on, with garbage; returns their numbers. */
    public static List<Long> overwriteDocumentPages(Path corpus, int count) throws Exception {
        List<Long> leaves = new ArrayList<>();
        int pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + corpus.toAbsolutePath());
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
                pageSize = rs.getInt(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT pageno FROM dbstat WHERE name = 'document' AND pagetype = 'leaf' ORDER BY pageno")) {
                while (rs.next()) {
                    leaves.add(rs.getLong(1));
                }
            }
        }
        List<Long> hit = leaves.subList(leaves.size() / 2, Math.min(leaves.size(), leaves.size() / 2 + count));
        byte[] garbage = new byte[pageSize];
        Arrays.fill(garbage, (byte) 0xA5);
        try (RandomAccessFile f = new RandomAccessFile(corpus.toFile(), "rw")) {
            for (long page : hit) {
                f.seek((page - 1) * pageSize);
                f.write(garbage);
            }
        }
        return List.copyOf(hit);
    }

    /** Cuts the file to {@code fraction} of its size. */
    public static void truncate(Path corpus, double fraction) throws IOException {
        long size = Files.size(corpus);
        try (RandomAccessFile f = new RandomAccessFile(corpus.toFile(), "rw")) {
            f.setLength((long) (size * fraction));
        }
    }
}
