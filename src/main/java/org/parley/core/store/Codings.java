package org.parley.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The codes of one claim in the annotation_code table: written from, and read back as, a map of
 * dimension name to code names (or free text), in codebook order. Unknown names are refused with the
 * valid ones listed.
 */
final class Codings {
    private Codings() {
    }

    static void write(Connection c, long annotationId, Map<String, List<String>> codes) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO annotation_code (annotation_id, dimension_id, code_id, text_value, position) VALUES (?,?,?,?,?)")) {
            for (var e : codes.entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue;
                }
                CodedDimension dim = dimension(c, e.getKey());
                long dimId = dim.id();
                String kind = dim.kind();
                Long listId = dim.codeList();
                if (kind.equals("single") && e.getValue().size() > 1) {
                    throw new IllegalArgumentException("dimension '" + e.getKey() + "' takes one code, got " + e.getValue());
                }
                int pos = 0;
                for (String value : e.getValue()) {
                    ins.setLong(1, annotationId);
                    ins.setLong(2, dimId);
                    if (listId == null) {
                        ins.setNull(3, java.sql.Types.INTEGER);
                        ins.setString(4, value);
                    } else {
                        ins.setLong(3, code(c, listId, e.getKey(), value));
                        ins.setNull(4, java.sql.Types.VARCHAR);
                    }
                    ins.setInt(5, pos++);
                    ins.addBatch();
                }
            }
            ins.executeBatch();
        }
    }

    /** A dimension as a claim's codes are written into it: its id, kind and code list (null for free text). */
    private record CodedDimension(long id, String kind, Long codeList) {
    }

    private static CodedDimension dimension(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, kind, code_list_id FROM dimension WHERE name = ? COLLATE NOCASE AND deleted IS NULL")) {
            ps.setString(1, name.strip());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long listId = rs.getLong(3);
                    Long list = rs.wasNull() ? null : listId; // read before the other columns: wasNull tells of the last read
                    return new CodedDimension(rs.getLong(1), rs.getString(2), list);
                }
            }
        }
        throw new IllegalArgumentException("unknown dimension '" + name + "' (valid: "
                + String.join(", ", names(c, "SELECT name FROM dimension WHERE deleted IS NULL ORDER BY position", null)) + ")");
    }

    private static long code(Connection c, long listId, String dimension, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM code WHERE code_list_id = ? AND name = ? COLLATE NOCASE AND deleted IS NULL")) {
            ps.setLong(1, listId);
            ps.setString(2, name.strip());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        throw new IllegalArgumentException("unknown code '" + name + "' for " + dimension + " (valid: "
                + String.join(", ", names(c, "SELECT name FROM code WHERE code_list_id = ? AND deleted IS NULL ORDER BY position", listId)) + ")");
    }

    private static List<String> names(Connection c, String sql, Long param) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setLong(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    static Map<String, List<String>> read(Connection c, long annotationId) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT d.name, coalesce(k.name, ac.text_value)
                FROM annotation_code ac JOIN dimension d ON d.id = ac.dimension_id
                LEFT JOIN code k ON k.id = ac.code_id
                WHERE ac.annotation_id = ? ORDER BY d.position, ac.position""")) {
            ps.setLong(1, annotationId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    /** The codes of every claim of a document, by claim id, in one query. */
    static Map<Long, Map<String, List<String>>> readDocument(Connection c, long documentId) throws SQLException {
        Map<Long, Map<String, List<String>>> out = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT ac.annotation_id, d.name, coalesce(k.name, ac.text_value)
                FROM annotation a JOIN annotation_code ac ON ac.annotation_id = a.id
                JOIN dimension d ON d.id = ac.dimension_id LEFT JOIN code k ON k.id = ac.code_id
                WHERE a.document_id = ? ORDER BY ac.annotation_id, d.position, ac.position""")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                }
            }
        }
        return out;
    }
}
