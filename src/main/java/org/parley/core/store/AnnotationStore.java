package org.parley.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.core.model.Annotation;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Ids;
import org.parley.core.model.Span;
import org.parley.core.text.TextQuote;

/**
 * Claims. Every change (add, edit, trash, restore) is one durable transaction with its audit row, so
 * once a call returns the change survives a crash or power cut.
 */
public final class AnnotationStore {
    private final Corpus corpus;

    public AnnotationStore(Corpus corpus) {
        this.corpus = corpus;
    }

    public Annotation add(NewAnnotation a) {
        return corpus.write("save claim", c -> {
            Instant now = corpus.now();
            Annotation saved = insert(c, now, a);
            AuditLog.record(c, now, a.coder(), "add", "annotation", saved.uuid(), null, saved);
            return saved;
        });
    }

    /** Inserts inside the caller's transaction (no audit row: the caller records the whole action). */
    public static Annotation insert(Connection c, Instant now, NewAnnotation a) throws SQLException {
        long coderId = CoderStore.ensure(c, a.coder(), now);
        String[] quote = quote(c, a.documentId(), a.span());
        String uuid = a.uuid() != null ? a.uuid() : Ids.newUuid();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO annotation (uuid, document_id, start_cp, end_cp, quote, prefix, suffix, memo, status,
                                        coder_id, created, modified) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""")) {
            ps.setString(1, uuid);
            ps.setLong(2, a.documentId());
            ps.setInt(3, a.span().start());
            ps.setInt(4, a.span().end());
            ps.setString(5, quote[0]);
            ps.setString(6, quote[1]);
            ps.setString(7, quote[2]);
            ps.setString(8, a.memo());
            ps.setString(9, a.status().word());
            ps.setLong(10, coderId);
            ps.setString(11, now.toString());
            ps.setString(12, now.toString());
            ps.executeUpdate();
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        Codings.write(c, id, a.codes());
        return new Annotation(id, uuid, a.documentId(), a.span(), quote[0], quote[1], quote[2],
                Codings.read(c, id), a.memo(), a.status(), a.coder().strip(), now, now);
    }

    /** Exact text, prefix and suffix of a span, read from the stored document; checks the span fits. */
    private static String[] quote(Connection c, long documentId, Span span) throws SQLException {
        int ctx = TextQuote.CONTEXT;
        int ps0 = Math.max(0, span.start() - ctx);
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT length_cp, substr(text, ?, ?), substr(text, ?, ?), substr(text, ?, ?), deleted
                FROM document WHERE id = ?""")) {
            ps.setInt(1, span.start() + 1);
            ps.setInt(2, span.length());
            ps.setInt(3, ps0 + 1);
            ps.setInt(4, span.start() - ps0);
            ps.setInt(5, span.end() + 1);
            ps.setInt(6, ctx);
            ps.setLong(7, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no document " + documentId);
                }
                int length = rs.getInt(1);
                if (span.end() > length) {
                    throw new IllegalArgumentException("offsets [" + span.start() + ", " + span.end()
                            + ") lie outside document " + documentId + ", which has " + length + " code points");
                }
                if (rs.getString(5) != null) {
                    throw new IllegalArgumentException("document " + documentId + " is in the trash: restore it first");
                }
                return new String[] {rs.getString(2), rs.getString(3), rs.getString(4)};
            }
        }
    }

    /**
     * Replaces a claim's span, codes, memo and status with those of {@code edited} (matched by uuid), as
     * one change recorded with its state before and after. Undo is the same call with the earlier state.
     */
    public Annotation update(Annotation edited, String coder) {
        return corpus.write("update claim", c -> {
            Instant now = corpus.now();
            Annotation before = find(c, edited.uuid()).orElseThrow(
                    () -> new IllegalArgumentException("no claim " + edited.uuid()));
            String[] quote = quote(c, before.documentId(), edited.span());
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE annotation SET start_cp = ?, end_cp = ?, quote = ?, prefix = ?, suffix = ?, memo = ?,
                      status = ?, modified = ? WHERE id = ?""")) {
                ps.setInt(1, edited.span().start());
                ps.setInt(2, edited.span().end());
                ps.setString(3, quote[0]);
                ps.setString(4, quote[1]);
                ps.setString(5, quote[2]);
                ps.setString(6, edited.memo());
                ps.setString(7, edited.status().word());
                ps.setString(8, now.toString());
                ps.setLong(9, before.id());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM annotation_code WHERE annotation_id = ?")) {
                ps.setLong(1, before.id());
                ps.executeUpdate();
            }
            Codings.write(c, before.id(), edited.codes());
            Annotation after = find(c, edited.uuid()).orElseThrow();
            AuditLog.record(c, now, coder, "edit", "annotation", after.uuid(), before, after);
            return after;
        });
    }

    public void trash(String uuid, String coder) {
        setDeleted(uuid, coder, true);
    }

    public void restore(String uuid, String coder) {
        setDeleted(uuid, coder, false);
    }

    private void setDeleted(String uuid, String coder, boolean deleted) {
        corpus.write(deleted ? "move claim to the trash" : "restore claim", c -> {
            Instant now = corpus.now();
            try (PreparedStatement ps = c.prepareStatement("UPDATE annotation SET deleted = ?, modified = ? WHERE uuid = ?")) {
                ps.setString(1, deleted ? now.toString() : null);
                ps.setString(2, now.toString());
                ps.setString(3, uuid);
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("no claim " + uuid);
                }
            }
            AuditLog.record(c, now, coder, deleted ? "trash" : "restore", "annotation", uuid, null, null);
            return null;
        });
    }

    /** A claim by integer id or uuid, in the trash or not. */
    public Optional<Annotation> find(String idOrUuid) {
        return corpus.read("read claim " + idOrUuid, c -> find(c, idOrUuid));
    }

    private static final String SELECT = """
            SELECT a.id, a.uuid, a.document_id, a.start_cp, a.end_cp, a.quote, a.prefix, a.suffix, a.memo, a.status,
                   k.name, a.created, a.modified
            FROM annotation a JOIN coder k ON k.id = a.coder_id""";

    static Optional<Annotation> find(Connection c, String idOrUuid) throws SQLException {
        boolean byUuid = Ids.isUuid(idOrUuid);
        if (!byUuid && !idOrUuid.strip().matches("\\d{1,18}")) {
            throw new IllegalArgumentException("'" + idOrUuid + "' is neither a claim id nor a uuid");
        }
        try (PreparedStatement ps = c.prepareStatement(SELECT + (byUuid ? " WHERE a.uuid = ?" : " WHERE a.id = ?"))) {
            if (byUuid) {
                ps.setString(1, Ids.checkUuid(idOrUuid));
            } else {
                ps.setLong(1, Long.parseLong(idOrUuid.strip()));
            }
            List<Annotation> found = readAll(c, ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** The document's claims (not in the trash) in text order. */
    public List<Annotation> forDocument(long documentId) {
        return corpus.read("read claims of document " + documentId, c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT
                    + " WHERE a.document_id = ? AND a.deleted IS NULL ORDER BY a.start_cp, a.end_cp, a.id")) {
                ps.setLong(1, documentId);
                return readAll(c, ps, Codings.readDocument(c, documentId));
            }
        });
    }

    /** Claims of the document now in the trash, most recently deleted first. */
    public List<Annotation> trashOf(long documentId) {
        return corpus.read("read trash of document " + documentId, c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT
                    + " WHERE a.document_id = ? AND a.deleted IS NOT NULL ORDER BY a.deleted DESC")) {
                ps.setLong(1, documentId);
                return readAll(c, ps);
            }
        });
    }

    private static List<Annotation> readAll(Connection c, PreparedStatement ps) throws SQLException {
        return readAll(c, ps, null);
    }

    /** {@code codes}: every claim's codes read at once (a document's thousands of claims in one query), or null. */
    private static List<Annotation> readAll(Connection c, PreparedStatement ps, Map<Long, Map<String, List<String>>> codes)
            throws SQLException {
        List<Annotation> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Annotation(rs.getLong(1), rs.getString(2), rs.getLong(3), new Span(rs.getInt(4), rs.getInt(5)),
                        rs.getString(6), rs.getString(7), rs.getString(8), Map.of(), rs.getString(9),
                        AnnotationStatus.parse(rs.getString(10)), rs.getString(11), Instant.parse(rs.getString(12)),
                        Instant.parse(rs.getString(13))));
            }
        }
        List<Annotation> withCodes = new ArrayList<>(out.size());
        for (Annotation a : out) {
            Map<String, List<String>> own = codes == null ? Codings.read(c, a.id()) : codes.getOrDefault(a.id(), Map.of());
            withCodes.add(new Annotation(a.id(), a.uuid(), a.documentId(), a.span(), a.quote(), a.prefix(), a.suffix(),
                    own, a.memo(), a.status(), a.coder(), a.created(), a.modified()));
        }
        return withCodes;
    }
}
