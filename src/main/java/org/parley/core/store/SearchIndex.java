package org.parley.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Full-text search over document titles and texts (SQLite FTS5, external content on the document
 * table). Queries use FTS5 syntax: words, {@code "a phrase"}, {@code OR}, {@code NOT}, {@code prefix*}.
 */
public final class SearchIndex {
    /** One matching document, best first, with a snippet whose matches are wrapped in [ and ]. */
    public record Hit(long id, String uuid, String title, String snippet, double rank) {
    }

    private final Corpus corpus;

    public SearchIndex(Corpus corpus) {
        this.corpus = corpus;
    }

    static PreparedStatement prepareIndex(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO document_fts (rowid, title, text) VALUES (?,?,?)");
    }

    static void index(PreparedStatement ps, long id, String title, String text) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, title);
        ps.setString(3, text);
        ps.executeUpdate();
    }

    /** Indexes the documents whose ids lie from {@code first} to {@code last}, none of them indexed yet. */
    static void indexRange(Connection c, long first, long last) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO document_fts (rowid, title, text) SELECT id, title, text FROM document WHERE id BETWEEN ? AND ?")) {
            ps.setLong(1, first);
            ps.setLong(2, last);
            ps.executeUpdate();
        }
    }

    /** The best {@code limit} documents (not in the trash) matching an FTS5 query. */
    public List<Hit> search(String query, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        return corpus.read("search for " + q, c -> {
            List<Hit> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT d.id, d.uuid, d.title, snippet(document_fts, 1, '[', ']', '…', 12), f.rank
                    FROM document_fts f JOIN document d ON d.id = f.rowid
                    WHERE document_fts MATCH ? AND d.deleted IS NULL
                    ORDER BY f.rank LIMIT ?""")) {
                ps.setString(1, q);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Hit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5)));
                    }
                }
            } catch (SQLException e) {
                if (String.valueOf(e.getMessage()).contains("syntax error") || String.valueOf(e.getMessage()).contains("fts5")) {
                    throw new IllegalArgumentException("cannot search for " + q + ": " + e.getMessage(), e);
                }
                throw e;
            }
            return out;
        });
    }
}
