package org.parley.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.parley.core.model.Ids;
import org.parley.core.model.Memo;
import org.parley.core.model.Memo.MemoTarget;

/**
 * The memo of a document and the corpus's own (the coder's journal): one memo per target, the first written for it
 * (an import's note on what it could not map is a later corpus memo of its own). Each change is one durable
 * transaction with its audit row (text before and after); an empty text removes the memo. Undo is the same call
 * with the earlier text.
 */
public final class MemoStore {
    private final Corpus corpus;

    public MemoStore(Corpus corpus) {
        this.corpus = corpus;
    }

    /** The memo of a document (by uuid), or of the corpus when {@code targetUuid} is null. */
    public Optional<Memo> find(String targetUuid) {
        return corpus.read("read memo", c -> find(c, targetUuid));
    }

    /** The memo's text, "" when there is none. */
    public String text(String targetUuid) {
        return find(targetUuid).map(Memo::text).orElse("");
    }

    /** Sets the memo of a document (by uuid) or of the corpus (null); an empty or blank text removes it. */
    public String set(String targetUuid, String text, String coder) {
        String kept = text == null || text.isBlank() ? "" : text.stripTrailing();
        return corpus.write(targetUuid == null ? "edit the corpus memo" : "edit the memo of document " + targetUuid, c -> {
            Instant now = corpus.now();
            if (targetUuid != null) {
                checkDocument(c, targetUuid);
            }
            Optional<Memo> before = find(c, targetUuid);
            if (before.map(Memo::text).orElse("").equals(kept)) {
                return kept;
            }
            String uuid = before.map(Memo::uuid).orElseGet(Ids::newUuid);
            if (kept.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM memo WHERE uuid = ?")) {
                    ps.setString(1, uuid);
                    ps.executeUpdate();
                }
            } else if (before.isPresent()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE memo SET text = ?, coder_id = ?, modified = ? WHERE uuid = ?")) {
                    ps.setString(1, kept);
                    ps.setLong(2, CoderStore.ensure(c, coder, now));
                    ps.setString(3, now.toString());
                    ps.setString(4, uuid);
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO memo (uuid, target, target_uuid, text, coder_id, created, modified) VALUES (?,?,?,?,?,?,?)""")) {
                    ps.setString(1, uuid);
                    ps.setString(2, targetUuid == null ? "corpus" : "document");
                    ps.setString(3, targetUuid);
                    ps.setString(4, kept);
                    ps.setLong(5, CoderStore.ensure(c, coder, now));
                    ps.setString(6, now.toString());
                    ps.setString(7, now.toString());
                    ps.executeUpdate();
                }
            }
            AuditLog.record(c, now, coder, "edit", "memo", uuid,
                    before.map(m -> AuditLog.jsonString(m.text())).orElse(null), kept.isEmpty() ? null : AuditLog.jsonString(kept));
            return kept;
        });
    }

    private void checkDocument(Connection c, String uuid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM document WHERE uuid = ?")) {
            ps.setString(1, Ids.checkUuid(uuid));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no document " + uuid + " in " + corpus.file());
                }
            }
        }
    }

    private static Optional<Memo> find(Connection c, String targetUuid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT m.id, m.uuid, m.target_uuid, m.text, k.name, m.created, m.modified FROM memo m JOIN coder k ON k.id = m.coder_id
                WHERE m.target = ? AND m.target_uuid IS ? ORDER BY m.id LIMIT 1""")) {
            ps.setString(1, targetUuid == null ? "corpus" : "document");
            ps.setString(2, targetUuid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Memo(rs.getLong(1), rs.getString(2), targetUuid == null ? MemoTarget.CORPUS : MemoTarget.DOCUMENT,
                        rs.getString(3), rs.getString(4), rs.getString(5), Instant.parse(rs.getString(6)), Instant.parse(rs.getString(7))));
            }
        }
    }
}
