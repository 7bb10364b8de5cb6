package org.parley.core.ingest.qdpx;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.parley.core.model.Ids;

/** Keeps the list of what an import could not map as a corpus memo, so it is on record beside the data. */
final class NotMappedMemo {
    private NotMappedMemo() {
    }

    static void write(Connection c, Instant now, String coder, String origin, List<String> notMapped) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO coder (uuid, name, created) SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM coder WHERE name = ?)")) {
            ps.setString(1, Ids.newUuid());
            ps.setString(2, coder.strip());
            ps.setString(3, now.toString());
            ps.setString(4, coder.strip());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO memo (uuid, target, target_uuid, text, coder_id, created, modified)
                SELECT ?, 'corpus', NULL, ?, id, ?, ? FROM coder WHERE name = ?""")) {
            ps.setString(1, Ids.newUuid());
            ps.setString(2, "Not mapped from " + origin + ":\n- " + String.join("\n- ", notMapped));
            ps.setString(3, now.toString());
            ps.setString(4, now.toString());
            ps.setString(5, coder.strip());
            ps.executeUpdate();
        }
    }
}
