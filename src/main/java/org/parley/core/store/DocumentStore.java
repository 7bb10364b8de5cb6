package org.parley.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.core.model.Document;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.Ids;
import org.parley.core.model.PartialDate;

/** Documents: add (one transaction each), read, move to the trash and back. Text never changes. */
public final class DocumentStore {
    private final Corpus corpus;

    public DocumentStore(Corpus corpus) {
        this.corpus = corpus;
    }

    /** The outcome of adding a document: its id, or the id of the document it duplicates. */
    public record Added(long id, String uuid, boolean duplicate) {
    }

    /** Adds one document in its own durable transaction, indexing it for search at once. */
    public Added add(NewDocument doc, String coder) {
        return corpus.write("add document '" + describe(doc) + "'", c -> insert(c, corpus.now(), doc, coder));
    }

    private static String describe(NewDocument doc) {
        return doc.meta().fileName() != null ? doc.meta().fileName() : String.valueOf(doc.meta().title());
    }

    /**
     * Inserts inside the caller's transaction, indexed for search. A text already in the corpus (same
     * SHA-256) is not added; the result names the existing document. Many documents at once go faster
     * through one {@link DocumentWriter} and its {@link DocumentWriter#indexPending}.
     */
    public static Added insert(Connection c, Instant now, NewDocument doc, String coder) throws SQLException {
        try (DocumentWriter w = new DocumentWriter(c, now)) {
            return w.insert(doc, coder, true);
        }
    }

    /** Finds a document by its integer id or its uuid, in the trash or not. */
    public Optional<Document> find(String idOrUuid) {
        return corpus.read("read document " + idOrUuid, c -> find(c, idOrUuid));
    }

    public Document get(String idOrUuid) {
        return find(idOrUuid).orElseThrow(() -> new IllegalArgumentException("no document " + idOrUuid + " in " + corpus.file()));
    }

    static Optional<Document> find(Connection c, String idOrUuid) throws SQLException {
        String ref = idOrUuid.strip();
        String where = Ids.isUuid(ref) ? "uuid = ?" : "id = ?";
        if (!Ids.isUuid(ref) && !ref.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("'" + idOrUuid + "' is neither a document id nor a uuid");
        }
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, uuid, text, sha256, title, source, author, url, published, place, language, file_name,
                       file_sha256, encoding, imported, deleted FROM document""" + " WHERE " + where)) {
            if (Ids.isUuid(ref)) {
                ps.setString(1, Ids.checkUuid(ref));
            } else {
                ps.setLong(1, Long.parseLong(ref));
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong(1);
                DocumentMeta meta = new DocumentMeta(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        PartialDate.parseOrNull(rs.getString(9)), rs.getString(10), rs.getString(11), rs.getString(12),
                        rs.getString(13), rs.getString(14), fields(c, id));
                String deleted = rs.getString(16);
                return Optional.of(new Document(id, rs.getString(2), rs.getString(3), rs.getString(4), meta,
                        Instant.parse(rs.getString(15)), deleted == null ? null : Instant.parse(deleted)));
            }
        }
    }

    private static Map<String, String> fields(Connection c, long id) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, value FROM document_field WHERE document_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** Moves a document (and so its claims) to the trash; {@link #restore} brings it back. */
    public void trash(long id, String coder) {
        setDeleted(id, coder, true);
    }

    public void restore(long id, String coder) {
        setDeleted(id, coder, false);
    }

    private void setDeleted(long id, String coder, boolean deleted) {
        corpus.write((deleted ? "move document " : "restore document ") + id + (deleted ? " to the trash" : ""), c -> {
            Instant now = corpus.now();
            String uuid;
            try (PreparedStatement ps = c.prepareStatement("SELECT uuid FROM document WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("no document " + id);
                    }
                    uuid = rs.getString(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE document SET deleted = ? WHERE id = ?")) {
                ps.setString(1, deleted ? now.toString() : null);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            AuditLog.record(c, now, coder, deleted ? "trash" : "restore", "document", uuid, null, null);
            return null;
        });
    }

    /** The ids of the documents not in the trash, ascending. */
    public List<Long> liveIds() {
        return corpus.read("list documents", c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM document WHERE deleted IS NULL ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /**
     * The ids of the documents {@code refs} name (ids or uuids), each once, in the order given, those in
     * the trash left out; in one read. Fails naming the first ref that is no document of this corpus.
     */
    public List<Long> liveIdsOf(List<String> refs) {
        return corpus.read("find documents", c -> {
            java.util.LinkedHashSet<Long> ids = new java.util.LinkedHashSet<>();
            try (PreparedStatement byId = c.prepareStatement("SELECT id, deleted FROM document WHERE id = ?");
                 PreparedStatement byUuid = c.prepareStatement("SELECT id, deleted FROM document WHERE uuid = ?")) {
                for (String ref : refs) {
                    String r = ref.strip();
                    boolean uuid = Ids.isUuid(r);
                    if (!uuid && !r.matches("\\d{1,18}")) {
                        throw new IllegalArgumentException("'" + ref + "' is neither a document id nor a uuid");
                    }
                    PreparedStatement ps = uuid ? byUuid : byId;
                    if (uuid) {
                        ps.setString(1, Ids.checkUuid(r));
                    } else {
                        ps.setLong(1, Long.parseLong(r));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalArgumentException("no document " + ref + " in " + corpus.file());
                        }
                        if (rs.getString(2) == null) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
            }
            return new ArrayList<>(ids);
        });
    }

    /** How many documents are in the corpus (not counting the trash). */
    public int count() {
        return corpus.read("count documents", c -> CodebookStore.count(c, "SELECT count(*) FROM document WHERE deleted IS NULL"));
    }
}
