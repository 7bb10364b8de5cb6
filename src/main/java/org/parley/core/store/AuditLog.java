package org.parley.core.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail: one row per change (who, when, what, state before and after as JSON), written in the
 * same transaction as the change itself.
 */
public final class AuditLog {
    // instants as ISO 8601 text, as the corpus stores them (Jackson refuses java.time without a module)
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new com.fasterxml.jackson.databind.module.SimpleModule()
            .addSerializer(Instant.class, com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance));

    /** One recorded change. */
    public record Entry(long id, Instant at, String coder, String action, String entity, String entityUuid,
                        String before, String after) {
    }

    private AuditLog() {
    }

    static void record(Connection c, Instant at, String coder, String action, String entity, String uuid,
                       Object before, Object after) throws SQLException {
        try (PreparedStatement ps = prepare(c)) {
            record(ps, at, coder, action, entity, uuid, before, after);
        }
    }

    static PreparedStatement prepare(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO audit (at, coder, action, entity, entity_uuid, before, after) VALUES (?,?,?,?,?,?,?)");
    }

    static void record(PreparedStatement ps, Instant at, String coder, String action, String entity, String uuid,
                       Object before, Object after) throws SQLException {
        record(ps, at.toString(), coder, action, entity, uuid, before, after);
    }

    /** As above, with the time already written as ISO 8601 text. */
    static void record(PreparedStatement ps, String at, String coder, String action, String entity, String uuid,
                       Object before, Object after) throws SQLException {
        ps.setString(1, at);
        ps.setString(2, coder);
        ps.setString(3, action);
        ps.setString(4, entity);
        ps.setString(5, uuid);
        ps.setString(6, toJson(before));
        ps.setString(7, toJson(after));
        ps.executeUpdate();
    }

    /** {@code s} as a JSON string literal, quotes included. */
    static String jsonString(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (Exception e) {
            throw new StorageException("cannot record '" + s + "' in the audit log", e);
        }
    }

    private static String toJson(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new StorageException("cannot record " + o.getClass().getSimpleName() + " in the audit log", e);
        }
    }

    /** The most recent changes, newest first. */
    public static List<Entry> recent(Corpus corpus, int limit) {
        return corpus.read("read history", c -> {
            List<Entry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, at, coder, action, entity, entity_uuid, before, after FROM audit ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Entry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                    }
                }
            }
            return out;
        });
    }
}
