package org.parley.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.Ids;

/**
 * Adds documents inside the caller's transaction, reusing its prepared statements across many documents
 * (a batch import stores thousands per commit; preparing each statement anew cost more than the inserts).
 */
public final class DocumentWriter implements AutoCloseable {
    private final Connection c;
    private final Instant now;
    private final PreparedStatement findSha;
    private final PreparedStatement insert;
    private final PreparedStatement audit;
    private PreparedStatement field;
    private PreparedStatement fts;

    public DocumentWriter(Connection c, Instant now) throws SQLException {
        this.c = c;
        this.now = now;
        findSha = c.prepareStatement("SELECT id, uuid FROM document WHERE sha256 = ?");
        insert = c.prepareStatement("""
                INSERT INTO document (uuid, title, text, length_cp, sha256, source, author, url, published, place,
                                      language, file_name, file_sha256, encoding, imported)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id""");
        audit = AuditLog.prepare(c);
    }

    /**
     * Adds the document unless the corpus already holds the same text (same SHA-256), in which case the
     * result names the existing document. With {@code index} false the caller rebuilds the search index.
     */
    public DocumentStore.Added insert(NewDocument doc, String coder, boolean index) throws SQLException {
        return insert(doc, Sha256.ofText(doc.text()), coder, index);
    }

    /** As {@link #insert(NewDocument, String, boolean)}, with the text's SHA-256 worked out already (by a reading thread). */
    public DocumentStore.Added insert(NewDocument doc, String textSha256, String coder, boolean index) throws SQLException {
        String sha = textSha256;
        findSha.setString(1, sha);
        try (ResultSet rs = findSha.executeQuery()) {
            if (rs.next()) {
                return new DocumentStore.Added(rs.getLong(1), rs.getString(2), true);
            }
        }
        String uuid = doc.uuid() != null ? doc.uuid() : Ids.newUuid();
        DocumentMeta m = doc.meta();
        insert.setString(1, uuid);
        insert.setString(2, m.title());
        insert.setString(3, doc.text());
        insert.setInt(4, doc.text().codePointCount(0, doc.text().length()));
        insert.setString(5, sha);
        insert.setString(6, m.source());
        insert.setString(7, m.author());
        insert.setString(8, m.url());
        insert.setString(9, m.published() == null ? null : m.published().iso());
        insert.setString(10, m.place());
        insert.setString(11, m.language());
        insert.setString(12, m.fileName());
        insert.setString(13, m.fileSha256());
        insert.setString(14, m.encoding());
        insert.setString(15, now.toString());
        long id;
        try (ResultSet rs = insert.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        if (!m.extra().isEmpty()) {
            if (field == null) {
                field = c.prepareStatement("INSERT INTO document_field (document_id, name, value) VALUES (?,?,?)");
            }
            for (var e : m.extra().entrySet()) {
                field.setLong(1, id);
                field.setString(2, e.getKey());
                field.setString(3, e.getValue());
                field.executeUpdate();
            }
        }
        if (index) {
            if (fts == null) {
                fts = SearchIndex.prepareIndex(c);
            }
            SearchIndex.index(fts, id, m.title(), doc.text());
        }
        AuditLog.record(audit, now, coder, "import", "document", uuid, null,
                m.fileName() != null ? Map.of("file", m.fileName(), "id", id) : Map.of("id", id));
        return new DocumentStore.Added(id, uuid, false);
    }

    @Override
    public void close() throws SQLException {
        findSha.close();
        insert.close();
        audit.close();
        if (field != null) {
            field.close();
        }
        if (fts != null) {
            fts.close();
        }
    }
}
