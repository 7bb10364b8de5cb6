package org.parley.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.Ids;

/**
 * Adds documents inside the caller's transaction, reusing its prepared statements across many documents
 * (a batch import stores thousands per commit; preparing each statement anew cost more than the inserts).
 */
public final class DocumentWriter implements AutoCloseable {
    private final Connection c;
    /** The transaction's time as stored (ISO 8601), written once rather than formatted per document. */
    private final String now;
    private final PreparedStatement findSha;
    private final PreparedStatement insert;
    private final PreparedStatement audit;
    private PreparedStatement field;
    private PreparedStatement fts;
    /** The ids this writer added without indexing them, from first to last (0 when none): see {@link #indexPending}. */
    private long firstPending;
    private long lastPending;

    public DocumentWriter(Connection c, Instant now) throws SQLException {
        this.c = c;
        this.now = now.toString();
        findSha = c.prepareStatement("SELECT id, uuid FROM document WHERE sha256 = ?");
        insert = c.prepareStatement("""
                INSERT INTO document (uuid, title, text, length_cp, sha256, source, author, url, published, place,
                                      language, file_name, file_sha256, encoding, imported)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id""");
        audit = AuditLog.prepare(c);
    }

    /**
     * Adds the document unless the corpus already holds the same text (same SHA-256), in which case the
     * result names the existing document. With {@code index} false the document is indexed for search by
     * {@link #indexPending}, which the caller runs before committing.
     */
    public DocumentStore.Added insert(NewDocument doc, String coder, boolean index) throws SQLException {
        return insert(doc, Sha256.ofText(doc.text()), coder, index);
    }

    /**
     * The document's own row was refused by a constraint (SQLite's CONSTRAINT error, which undoes that one
     * statement and nothing else): nothing of the document was written and the transaction goes on, so the
     * caller need not undo anything for it. Any other failure from {@link #insert} is a plain
     * {@link SQLException}: the row may have been written, or SQLite may have rolled back the whole
     * transaction (I/O error, out of memory), and the caller must end the transaction.
     */
    public static final class Refused extends SQLException {
        Refused(SQLException cause) {
            super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
        }
    }

    /** SQLite's primary result code for a constraint failure (UNIQUE, CHECK, NOT NULL, a trigger's RAISE(ABORT)). */
    private static final int SQLITE_CONSTRAINT = 19;
    /** SQLite's generic error (BEGIN inside a transaction gives it). */
    private static final int SQLITE_ERROR = 1;

    /**
     * Whether the caller's transaction is still open: a constraint can also roll it back whole (a trigger's
     * RAISE(ROLLBACK), an ON CONFLICT ROLLBACK clause), and then nothing may go on as if it were. BEGIN fails
     * inside a transaction and starts one outside it (undone at once).
     */
    private boolean inTransaction() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN");
        } catch (SQLException e) {
            // BEGIN fails with plain SQLITE_ERROR only because a transaction is open; a lock or I/O failure has its own code
            if (CorpusErrors.primaryCode(e) == SQLITE_ERROR) {
                return true;
            }
            throw e;
        }
        try (Statement s = c.createStatement()) {
            s.execute("ROLLBACK");
        }
        return false;
    }

    /** As {@link #insert(NewDocument, String, boolean)}, with the text's SHA-256 worked out already (by a reading thread). */
    public DocumentStore.Added insert(NewDocument doc, String textSha256, String coder, boolean index) throws SQLException {
        String sha = textSha256;
        DocumentMeta m = doc.meta();
        // all that can fail in Java is done before the row is written: after it come SQL statements only
        String uuid = doc.uuid() != null ? doc.uuid() : Ids.newUuid();
        String auditFile = m.fileName() != null ? "{\"file\":" + AuditLog.jsonString(m.fileName()) + ",\"id\":" : "{\"id\":";
        long id;
        try {
            findSha.setString(1, sha);
            try (ResultSet rs = findSha.executeQuery()) {
                if (rs.next()) {
                    return new DocumentStore.Added(rs.getLong(1), rs.getString(2), true);
                }
            }
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
            insert.setString(15, now);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        } catch (SQLException e) {
            if ((e.getErrorCode() & 0xFF) == SQLITE_CONSTRAINT && inTransaction()) {
                throw new Refused(e);
            }
            throw e;
        }
        try {
            return afterRow(doc, m, id, uuid, index, coder, auditFile);
        } catch (RuntimeException e) {
            // written in part: a plain SQLException, so the caller rolls back (the savepoint, or the chunk)
            throw new SQLException("storing document " + id + " failed: " + e.getMessage(), e);
        }
    }

    /** The document's metadata fields, search index entry (or place in the pending range) and audit row. */
    private DocumentStore.Added afterRow(NewDocument doc, DocumentMeta m, long id, String uuid, boolean index, String coder,
                                         String auditFile) throws SQLException {
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
        } else {
            firstPending = firstPending == 0 ? id : Math.min(firstPending, id);
            lastPending = Math.max(lastPending, id);
        }
        AuditLog.record(audit, now, coder, "import", "document", uuid, null, auditFile + id + "}");
        return new DocumentStore.Added(id, uuid, false);
    }

    /**
     * Indexes for search, in one statement, the documents added since the last call with {@code index}
     * false. One statement for thousands of documents costs what a full rebuild costs per document, where a
     * statement per document costs about three times as much (FTS5 writes its pending terms at the end of
     * each statement); and unlike a rebuild it does not read the documents already in the corpus again.
     * Every id in the range was added in the caller's transaction, which holds the write lock; ids of
     * documents rolled back to a savepoint are simply absent.
     */
    public void indexPending() throws SQLException {
        if (firstPending == 0) {
            return;
        }
        SearchIndex.indexRange(c, firstPending, lastPending);
        firstPending = 0;
        lastPending = 0;
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
