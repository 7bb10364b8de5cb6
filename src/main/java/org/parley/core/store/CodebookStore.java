package org.parley.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.model.DimensionKind;

/** Reads the corpus's codebook and merges codebooks into it. */
public final class CodebookStore {
    private final Corpus corpus;

    public CodebookStore(Corpus corpus) {
        this.corpus = corpus;
    }

    public Codebook load() {
        return corpus.read("read the codebook", CodebookStore::load);
    }

    static Codebook load(Connection c) throws SQLException {
        String name = info(c, "codebook.name", "Untitled codebook");
        String description = info(c, "codebook.description", "");
        Map<Long, String> listNames = new HashMap<>();
        Map<String, List<Code>> lists = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM code_list ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                listNames.put(rs.getLong(1), rs.getString(2));
                lists.put(rs.getString(2), new ArrayList<>());
            }
        }
        Map<Long, List<String>> aliases = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code_id, alias FROM code_alias ORDER BY code_id, position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT c.id, c.uuid, c.code_list_id, c.name, c.colour, c.key, c.description, p.uuid, c.value
                FROM code c LEFT JOIN code p ON p.id = c.parent_id
                WHERE c.deleted IS NULL ORDER BY c.code_list_id, c.position, c.id""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                double number = rs.getDouble(9);
                Double value = rs.wasNull() ? null : number; // read now: wasNull tells of the last column read
                lists.get(listNames.get(rs.getLong(3))).add(new Code(id, rs.getString(2), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), aliases.getOrDefault(id, List.of()), rs.getString(8),
                        value));
            }
        }
        List<Dimension> dims = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT d.id, d.uuid, d.name, d.kind, l.name, d.description
                FROM dimension d LEFT JOIN code_list l ON l.id = d.code_list_id
                WHERE d.deleted IS NULL ORDER BY d.position, d.id""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                dims.add(new Dimension(rs.getLong(1), rs.getString(2), rs.getString(3),
                        DimensionKind.parse(rs.getString(4)), rs.getString(5), rs.getString(6)));
            }
        }
        return new Codebook(name, description, dims, lists);
    }

    /**
     * Merges {@code book} into the corpus as one change: dimensions and codes are matched by uuid, then
     * by name, updated when found and added when new. Nothing is removed, so claims keep their codes.
     */
    public Codebook merge(Codebook book, String coder) {
        return corpus.write("import codebook '" + book.name() + "'", c -> {
            Instant now = corpus.now();
            Codebook before = load(c);
            boolean empty = before.dimensions().isEmpty();
            if (empty) {
                putInfo(c, "codebook.name", book.name());
                putInfo(c, "codebook.description", book.description());
            }
            Map<String, Long> listIds = new HashMap<>();
            for (String list : book.codeLists().keySet()) {
                listIds.put(list, ensureList(c, list));
            }
            for (var e : book.codeLists().entrySet()) {
                mergeCodes(c, listIds.get(e.getKey()), e.getValue());
            }
            int position = before.dimensions().size();
            for (Dimension d : book.dimensions()) {
                Long listId = d.kind().takesCodes() ? listIds.get(d.codeList()) : null;
                if (!updateDimension(c, d, listId)) {
                    insertDimension(c, d, listId, position++);
                }
            }
            Codebook after = load(c);
            AuditLog.record(c, now, coder, "import codebook", "codebook", null, null,
                    Map.of("name", book.name(), "dimensions", book.dimensions().size()));
            CoderStore.ensure(c, coder, now);
            return after;
        });
    }

    /** Adds or updates codes of one list inside the caller's transaction (the codebook editor's edits). */
    static void mergeCodesInto(Connection c, String listName, List<Code> codes) throws SQLException {
        mergeCodes(c, ensureList(c, listName), codes);
    }

    private static void mergeCodes(Connection c, long listId, List<Code> codes) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        int position = count(c, "SELECT count(*) FROM code WHERE code_list_id = " + listId);
        for (Code code : codes) {
            Long id = findCode(c, listId, code);
            if (id == null) {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO code (uuid, code_list_id, name, colour, key, description, position, value)
                        VALUES (?,?,?,?,?,?,?,?)""")) {
                    ps.setString(1, code.uuid());
                    ps.setLong(2, listId);
                    ps.setString(3, code.name());
                    ps.setString(4, code.colour());
                    ps.setString(5, code.key());
                    ps.setString(6, code.description());
                    ps.setInt(7, position++);
                    ps.setObject(8, code.value());
                    ps.executeUpdate();
                }
                id = findCode(c, listId, code);
            } else {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE code SET name = ?, colour = ?, key = ?, description = ?, value = ?, deleted = NULL WHERE id = ?")) {
                    ps.setString(1, code.name());
                    ps.setString(2, code.colour());
                    ps.setString(3, code.key());
                    ps.setString(4, code.description());
                    ps.setObject(5, code.value());
                    ps.setLong(6, id);
                    ps.executeUpdate();
                }
            }
            ids.put(code.uuid(), id);
            try (PreparedStatement del = c.prepareStatement("DELETE FROM code_alias WHERE code_id = ?")) {
                del.setLong(1, id);
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO code_alias (code_id, alias, position) VALUES (?,?,?)")) {
                int i = 0;
                for (String alias : code.aliases()) {
                    ps.setLong(1, id);
                    ps.setString(2, alias);
                    ps.setInt(3, i++);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE code SET parent_id = (SELECT id FROM code WHERE uuid = ?) WHERE id = ?")) {
            for (Code code : codes) {
                if (code.parentUuid() != null) {
                    ps.setString(1, code.parentUuid());
                    ps.setLong(2, ids.get(code.uuid()));
                    ps.executeUpdate();
                }
            }
        }
    }

    private static Long findCode(Connection c, long listId, Code code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM code WHERE uuid = ? UNION ALL SELECT id FROM code WHERE code_list_id = ? AND name = ? LIMIT 1")) {
            ps.setString(1, code.uuid());
            ps.setLong(2, listId);
            ps.setString(3, code.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static boolean updateDimension(Connection c, Dimension d, Long listId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE dimension SET name = ?, kind = ?, code_list_id = ?, description = ?, deleted = NULL
                WHERE uuid = ? OR name = ?""")) {
            ps.setString(1, d.name());
            ps.setString(2, d.kind().word());
            ps.setObject(3, listId);
            ps.setString(4, d.description());
            ps.setString(5, d.uuid());
            ps.setString(6, d.name());
            return ps.executeUpdate() > 0;
        }
    }

    private static void insertDimension(Connection c, Dimension d, Long listId, int position) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO dimension (uuid, name, kind, code_list_id, description, position) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, d.uuid());
            ps.setString(2, d.name());
            ps.setString(3, d.kind().word());
            ps.setObject(4, listId);
            ps.setString(5, d.description());
            ps.setInt(6, position);
            ps.executeUpdate();
        }
    }

    private static long ensureList(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO code_list (name) VALUES (?)")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM code_list WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String info(Connection c, String key, String fallback) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM corpus_info WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : fallback;
            }
        }
    }

    static void putInfo(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO corpus_info (key, value) VALUES (?,?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
