package org.parley.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;

/**
 * Dimensions changed in the codebook editor: add one (with a new or existing code list), rename or
 * describe one, and remove one no claim is coded in. Each is one durable transaction with its audit
 * row; {@link #edit} with the earlier state and {@link #restore} are how undo works.
 */
public final class DimensionEdits {
    private final Corpus corpus;

    public DimensionEdits(Corpus corpus) {
        this.corpus = corpus;
    }

    public Dimension add(Dimension d, String coder) {
        return corpus.write("add dimension '" + d.name() + "'", c -> {
            Codebook book = CodebookStore.load(c);
            List<Dimension> dims = new ArrayList<>(book.dimensions());
            dims.add(d);
            Map<String, List<org.parley.core.model.Code>> lists = new java.util.LinkedHashMap<>(book.codeLists());
            if (d.kind().takesCodes()) {
                lists.putIfAbsent(d.codeList(), List.of());
            }
            new Codebook(book.name(), book.description(), dims, lists); // checks the rules (unique names ...)
            Long listId = null;
            if (d.kind().takesCodes()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO code_list (name) VALUES (?)")) {
                    ps.setString(1, d.codeList());
                    ps.executeUpdate();
                }
                listId = (long) CodebookStore.count(c, "SELECT id FROM code_list WHERE name = '" + d.codeList().replace("'", "''") + "'");
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO dimension (uuid, name, kind, code_list_id, description, position)
                    VALUES (?,?,?,?,?, (SELECT coalesce(max(position), -1) + 1 FROM dimension))""")) {
                ps.setString(1, d.uuid());
                ps.setString(2, d.name());
                ps.setString(3, d.kind().word());
                ps.setObject(4, listId);
                ps.setString(5, d.description());
                ps.executeUpdate();
            }
            AuditLog.record(c, corpus.now(), coder, "add dimension", "dimension", d.uuid(), null, d);
            return find(c, d.uuid());
        });
    }

    /** Renames or re-describes a dimension (matched by uuid); claims keep their codes under the new name. */
    public Dimension edit(Dimension edited, String coder) {
        return corpus.write("change dimension '" + edited.name() + "'", c -> {
            Dimension before = find(c, edited.uuid());
            Codebook book = CodebookStore.load(c);
            List<Dimension> dims = new ArrayList<>();
            book.dimensions().forEach(d -> dims.add(d.uuid().equals(edited.uuid())
                    ? new Dimension(d.id(), d.uuid(), edited.name(), d.kind(), d.codeList(), edited.description()) : d));
            new Codebook(book.name(), book.description(), dims, book.codeLists());
            try (PreparedStatement ps = c.prepareStatement("UPDATE dimension SET name = ?, description = ? WHERE uuid = ?")) {
                ps.setString(1, edited.name());
                ps.setString(2, edited.description());
                ps.setString(3, edited.uuid());
                ps.executeUpdate();
            }
            AuditLog.record(c, corpus.now(), coder, "change dimension", "dimension", edited.uuid(), before, edited);
            return find(c, edited.uuid());
        });
    }

    /** How many claims (in the trash or not) are coded in the dimension. */
    public int uses(String uuid) {
        return corpus.read("count uses of a dimension", c -> CodebookStore.count(c,
                "SELECT count(DISTINCT annotation_id) FROM annotation_code WHERE dimension_id = " + find(c, uuid).id()));
    }

    /** Removes a dimension no claim is coded in (a used one is refused with the count). */
    public void remove(String uuid, String coder) {
        corpus.write("remove dimension", c -> {
            Dimension d = find(c, uuid);
            int used = CodebookStore.count(c, "SELECT count(DISTINCT annotation_id) FROM annotation_code WHERE dimension_id = " + d.id());
            if (used > 0) {
                throw new IllegalArgumentException("dimension '" + d.name() + "' is used by " + used + " claims: it cannot be removed");
            }
            setDeleted(c, uuid, corpus.now().toString());
            AuditLog.record(c, corpus.now(), coder, "remove dimension", "dimension", uuid, d, null);
            return null;
        });
    }

    public void restore(String uuid, String coder) {
        corpus.write("restore dimension", c -> {
            setDeleted(c, uuid, null);
            AuditLog.record(c, corpus.now(), coder, "restore dimension", "dimension", uuid, null, null);
            return null;
        });
    }

    private static void setDeleted(Connection c, String uuid, String when) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE dimension SET deleted = ? WHERE uuid = ?")) {
            ps.setString(1, when);
            ps.setString(2, uuid);
            ps.executeUpdate();
        }
    }

    private static Dimension find(Connection c, String uuid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT d.id, d.uuid, d.name, d.kind, l.name, d.description
                FROM dimension d LEFT JOIN code_list l ON l.id = d.code_list_id WHERE d.uuid = ?""")) {
            ps.setString(1, uuid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no dimension " + uuid);
                }
                return new Dimension(rs.getLong(1), rs.getString(2), rs.getString(3),
                        org.parley.core.model.DimensionKind.parse(rs.getString(4)), rs.getString(5), rs.getString(6));
            }
        }
    }
}
