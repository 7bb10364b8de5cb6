package org.parley.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.parley.core.model.Document;
import org.parley.core.model.DocumentMeta;

/**
 * Corrections to a document's metadata (title, source, author, url, date, place, language and its other
 * fields), each one durable transaction with its audit row (state before and after). The text, the original
 * file's name and checksum and the encoding are what was imported and never change. Undo is the same call
 * with the earlier metadata.
 */
public final class DocumentEdits {
    private final Corpus corpus;

    public DocumentEdits(Corpus corpus) {
        this.corpus = corpus;
    }

    /** Replaces the editable metadata of document {@code id} with that of {@code edited}; the title is searchable at once. */
    public Document update(long id, DocumentMeta edited, String coder) {
        return corpus.write("edit document " + id, c -> {
            Instant now = corpus.now();
            Document before = DocumentStore.find(c, String.valueOf(id)).orElseThrow(
                    () -> new IllegalArgumentException("no document " + id + " in " + corpus.file()));
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE document SET title = ?, source = ?, author = ?, url = ?, published = ?, place = ?, language = ?
                    WHERE id = ?""")) {
                ps.setString(1, edited.title());
                ps.setString(2, edited.source());
                ps.setString(3, edited.author());
                ps.setString(4, edited.url());
                ps.setString(5, edited.published() == null ? null : edited.published().iso());
                ps.setString(6, edited.place());
                ps.setString(7, edited.language());
                ps.setLong(8, id);
                ps.executeUpdate();
            }
            writeFields(c, id, edited.extra());
            if (!java.util.Objects.equals(before.title(), edited.title())) {
                reindexTitle(c, before, edited.title());
            }
            Document after = DocumentStore.find(c, String.valueOf(id)).orElseThrow();
            AuditLog.record(c, now, coder, "edit", "document", after.uuid(), editable(before.meta()), editable(after.meta()));
            return after;
        });
    }

    private static void writeFields(Connection c, long id, Map<String, String> fields) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM document_field WHERE document_id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_field (document_id, name, value) VALUES (?,?,?)")) {
            for (var f : fields.entrySet()) {
                ps.setLong(1, id);
                ps.setString(2, f.getKey());
                ps.setString(3, f.getValue());
                ps.executeUpdate();
            }
        }
    }

    /** FTS5 with external content forgets a row by being told its old values, then indexes the new ones. */
    private static void reindexTitle(Connection c, Document before, String title) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO document_fts (document_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)")) {
            ps.setLong(1, before.id());
            ps.setString(2, before.title());
            ps.setString(3, before.text());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = SearchIndex.prepareIndex(c)) {
            SearchIndex.index(ps, before.id(), title, before.text());
        }
    }

    /** What the audit row keeps: the fields a coder can edit, by their names in the CLI and the exports. */
    private static Map<String, Object> editable(DocumentMeta m) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("title", m.title());
        out.put("date", m.published() == null ? null : m.published().iso());
        out.put("source", m.source());
        out.put("author", m.author());
        out.put("place", m.place());
        out.put("url", m.url());
        out.put("language", m.language());
        out.put("fields", m.extra());
        return out;
    }
}
