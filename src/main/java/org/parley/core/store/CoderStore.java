package org.parley.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parley.core.model.Coder;
import org.parley.core.model.Ids;

/** The coders known to a corpus; a coder is added the first time they change something. */
public final class CoderStore {
    private final Corpus corpus;

    public CoderStore(Corpus corpus) {
        this.corpus = corpus;
    }

    /** The id of the coder with this name, adding them inside the caller's transaction when new. */
    static long ensure(Connection c, String name, Instant now) throws SQLException {
        String n = name.strip();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM coder WHERE name = ?")) {
            ps.setString(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO coder (uuid, name, created) VALUES (?,?,?)")) {
            ps.setString(1, Ids.newUuid());
            ps.setString(2, n);
            ps.setString(3, now.toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public List<Coder> all() {
        return corpus.read("list coders", c -> {
            List<Coder> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, uuid, name FROM coder ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Coder(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }
}
